using Chokepoint.Data.Sources;

namespace Chokepoint.Data.Tests;

/// <summary>Issue 23 §12: each dataset file was capped but not their sum (two 63 MB files: 23 s, 3.1 GB); one load reads at most a budget across all files.</summary>
public sealed class LoadBudgetTests : IDisposable
{
    private readonly DatasetFolder _data = new();

    private long BaseBytes => Directory.EnumerateFiles(_data.Dir, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

    [Fact]
    public void An_overlay_file_that_takes_the_load_past_the_budget_is_refused_naming_the_budget()
    {
        var overlay = _data.Sibling("overlay");
        File.WriteAllText(Path.Combine(overlay, "trade.csv"), "exporter,importer,item,year,value_usd,source\n" + new string('#', 4000) + "\n");

        var result = DatasetLoader.Load(new DirectoryDataSource(_data.Dir), new DirectoryDataSource(overlay), new ReadBudget(BaseBytes + 1000));

        var d = Expect.Error(result, Path.Combine(overlay, "trade.csv"), 0, 0);
        Expect.Names(d, "expected at most", "for the whole dataset (with --with and the scenarios)");
        Assert.Null(result.Dataset);
    }

    [Fact]
    public void A_dataset_within_the_budget_loads_and_the_budget_counts_every_file()
    {
        var budget = new ReadBudget(BaseBytes);

        var result = DatasetLoader.Load(new DirectoryDataSource(_data.Dir), null, budget);

        Assert.NotNull(result.Dataset);
        Assert.Equal(BaseBytes, budget.UsedBytes);
    }

    [Fact]
    public void The_default_budget_is_one_file_s_cap_for_the_whole_load() =>
        Assert.Equal(GuardedText.MaxBytes, new ReadBudget().MaxBytes);

    public void Dispose() => _data.Dispose();
}
