using System.Text.RegularExpressions;
using Chokepoint.Model;

namespace Chokepoint.Data.Tests;

/// <summary>Issue 17: the default dataset's firm layer and item names as a reader of the record meets them.</summary>
public sealed partial class DefaultRegistryFirmTests
{
    private static readonly Lazy<LoadResult> Loaded = new(DatasetLoader.LoadDefault);

    private static Dataset Data => Loaded.Value.Dataset ?? throw new InvalidOperationException(Expect.Dump(Loaded.Value));

    [Fact]
    public void Every_item_has_english_and_chinese_aliases()
    {
        var missing = Data.Items.Values
            .Where(i => !i.Aliases.Any(a => Han().IsMatch(a)) || !i.Aliases.Any(a => !Han().IsMatch(a)))
            .Select(i => i.Id).ToList();

        Assert.True(missing.Count == 0, "items without an English and a Chinese alias: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_nexperia_prohibition_is_one_measure_on_the_firms_plants()
    {
        // Regression: CHN-MOFCOM-2025-NEXPERIA (mature-node chips, reach 0.05) and the firm-targeted entry counted one stop twice.
        var nexperia = Data.Measures.Values
            .Where(m => m.Issuer == "CHN" && m.Instrument.Contains("Nexperia", StringComparison.Ordinal)).ToList();

        var m = Assert.Single(nexperia);
        Assert.Equal(["nexperia"], m.FirmTargets);
        Assert.Equal(["automotive-discrete-semiconductor"], m.Items);
    }

    [Fact]
    public void Every_firm_a_sanction_names_is_in_firms_csv()
    {
        var firms = Data.Tables.Firms.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);

        var named = Data.Measures.Values.Where(m => m.Kind == MeasureKind.Sanction).SelectMany(m => m.FirmTargets).ToList();

        Assert.NotEmpty(named);
        Assert.All(named, id => Assert.Contains(id, firms));
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();
}
