using Chokepoint.Fuzz;

namespace Chokepoint.Cli.Tests;

/// <summary>
/// Issues 13 §5 and 23: CI's slice of the fuzz run. 10,000 generated inputs through the dataset loader, the
/// scenario parser, the evidence extractor (mutated seeds and hostile HTML) and search (ingest, then queries
/// through the search handler).
/// </summary>
public sealed class FuzzSliceTests
{
    [Fact]
    public void Ten_thousand_generated_inputs_end_in_a_result_or_a_refusal_never_a_crash_a_hang_or_500_MB()
    {
        var options = new FuzzOptions(10_000, Seed: 20261130, Threads: 2);

        var report = Fuzzer.Run(options);

        Assert.Equal(10_000, report.Inputs);
        Assert.True(report.Crashes.Count == 0 && report.Hangs.Count == 0 && report.OverMemory.Count == 0, FuzzText.Summary(options, report));
        // The inputs must exercise both outcomes of every entry point, or the slice proves nothing.
        foreach (var (target, codes) in report.ExitCodes)
        {
            Assert.True(codes[0] > 0, $"{target}: no input was accepted");
            Assert.True(codes[1] + codes[2] > 0, $"{target}: no input was refused");
        }
    }

    [Fact]
    public void Every_input_is_rebuilt_the_same_from_its_seed_and_index_alone()
    {
        // A finding is replayed with --start N --inputs 1, so input N must not depend on the inputs before it.
        foreach (var index in new long[] { 3, 8, 13, 104_573 })
        {
            var html = FuzzInputs.File(Target.Html, index, 1);
            Assert.Equal(html.Bytes, FuzzInputs.File(Target.Html, index, 1).Bytes);
            var search = FuzzInputs.Search(index + 1, 1);
            var again = FuzzInputs.Search(index + 1, 1);
            Assert.Equal(search.Queries, again.Queries);
            Assert.Equal(search.Documents.Select(d => d.Bytes), again.Documents.Select(d => d.Bytes));
        }
    }
}
