using System.Text.Json;
using Chokepoint.Cli;

namespace Chokepoint.Simulation.Tests;

/// <summary>
/// Issue 17 "done when": under the built-in rare-earth-embargo scenario on the default dataset, electric-car buyers in
/// FRA, NLD, BEL and GBR (served by European makers for all but the China-made 20%) lose at least as much as the same
/// country's conventional-car buyers, since both carry the same magnets.
/// </summary>
public sealed class EuropeanElectricCarEmbargoTests
{
    /// <summary>Percentage points by which electric cars may fall short of conventional cars (averaging noise, not a margin of the result).</summary>
    private const double TolerancePoints = 1.0;

    private static readonly Lazy<Dictionary<(string Item, string Country), double>> LostByDemand = new(Run);

    private static Dictionary<(string Item, string Country), double> Run()
    {
        using var o = new StringWriter();
        using var e = new StringWriter();
        var exit = CliApp.Run(["simulate", "rare-earth-embargo", "--format", "json"], o, e);
        if (exit != 0) throw new InvalidOperationException($"simulate rare-earth-embargo exited {exit}: {e}");
        return JsonDocument.Parse(o.ToString()).RootElement.GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("kind").GetString() == "demand")
            .ToDictionary(r => (r.GetProperty("item").GetString()!, r.GetProperty("country").GetString()!),
                r => r.GetProperty("lost_output_pct").GetDouble());
    }

    [Theory]
    [InlineData("FRA")]
    [InlineData("NLD")]
    [InlineData("BEL")]
    [InlineData("GBR")]
    public void European_electric_car_buyers_lose_at_least_as_much_as_conventional_car_buyers(string country)
    {
        var electric = LostByDemand.Value[("electric-car", country)];
        var conventional = LostByDemand.Value[("conventional-car", country)];

        Assert.True(electric >= conventional - TolerancePoints,
            $"{country}: electric cars lose {electric:0.##}%, conventional cars {conventional:0.##}% (tolerance {TolerancePoints} points)");
    }
}
