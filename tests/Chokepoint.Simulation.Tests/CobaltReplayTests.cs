using System.Text.Json;
using Chokepoint.Cli;

namespace Chokepoint.Simulation.Tests;

/// <summary>
/// Issue 17: the DRC cobalt ban in the 2025 replay against the record of refined output. China's cobalt sulphate
/// output was above 2024 in June and July 2025 (SMM); the replay once cut every refiner to 0.40 of baseline from
/// 2 July, because refiners held 60 assumed days of feed and intermediates reached China in 30 days.
/// </summary>
public sealed class CobaltReplayTests
{
    [Fact]
    public void Refiners_keep_their_output_through_the_third_quarter_of_the_cobalt_ban()
    {
        using var o = new StringWriter();
        using var e = new StringWriter();
        var exit = CliApp.Run(["simulate", "replay-2025", "--all-nodes", "--format", "json"], o, e);
        Assert.True(exit == 0, e.ToString());

        var refiners = JsonDocument.Parse(o.ToString()).RootElement.GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("item").GetString() == "refined-cobalt" && r.GetProperty("semantics").GetString() == "made_in")
            .ToList();

        Assert.NotEmpty(refiners);
        var lastSeptemberDay = new DateOnly(2025, 9, 30).DayNumber - new DateOnly(2025, 1, 1).DayNumber;
        foreach (var r in refiners)
        {
            var days = r.GetProperty("output_fraction").EnumerateArray().Take(lastSeptemberDay + 1).Select(x => x.GetDouble()).ToList();
            Assert.True(days.Min() >= 0.99, $"refined-cobalt {r.GetProperty("country").GetString()}: {days.Min():0.###} of baseline before October");
        }
    }
}
