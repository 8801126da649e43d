using Chokepoint.Fuzz;

namespace Chokepoint.Cli.Tests;

/// <summary>Issue 13 §5: CI's slice of the fuzz run. 10,000 mutated inputs through the dataset loader, the scenario parser and the evidence extractor.</summary>
public sealed class FuzzSliceTests
{
    [Fact]
    public void Ten_thousand_mutated_inputs_end_in_a_result_or_a_diagnostic_never_a_crash_or_a_hang()
    {
        var report = Fuzzer.Run(new FuzzOptions(10_000, Seed: 20261130, Threads: 2));

        Assert.Equal(10_000, report.Inputs);
        Assert.True(report.Crashes.Count == 0 && report.Hangs.Count == 0, FuzzText.Summary(new FuzzOptions(10_000), report));
        // The mutations must exercise both outcomes of every entry point, or the slice proves nothing.
        foreach (var (target, codes) in report.ExitCodes)
        {
            Assert.True(codes[0] > 0, $"{target}: no input was accepted");
            Assert.True(codes[2] > 0, $"{target}: no input was refused");
        }
    }
}
