using Chokepoint.Analysis.Codes;
using Chokepoint.Model;
using Chokepoint.Testing;

namespace Chokepoint.Analysis.Tests;

/// <summary>Issue 22: the EU's code systems (CN 8-digit lines, dual-use Annex I entries) beside China's and the US's.</summary>
public sealed class EuCodeIndexTests
{
    private static Dataset Data() =>
        new(new DatasetBuilder()
            .Item("magnet", ItemKind.Component, "test", "850511")
            .Item("metal", ItemKind.Refined, "test", "280530")
            .Item("tool", ItemKind.Equipment, "test", "848620")
            .Measure("M-MAGNET", ["magnet"])
            .Measure("M-METAL", ["metal"])
            .Measure("M-TOOL-US", ["tool"], m => m with { Issuer = "USA", Destinations = ["CHN"] })
            .Measure("M-TOOL-NL", ["tool"], m => m with { Issuer = "NLD", Destinations = ["CHN"] })
            .Tables() with
        {
            Codes =
            [
                new CodeEntry(CodeSubject.Item, "magnet", CodeSystem.EuCn8, "85051100", "test"),
                new CodeEntry(CodeSubject.Item, "magnet", CodeSystem.CnChina10, "8505111000", "test"),
                new CodeEntry(CodeSubject.Item, "metal", CodeSystem.EuCn8, "28053029", "test"),
                new CodeEntry(CodeSubject.Item, "tool", CodeSystem.Eccn, "3B001", "test"),
                new CodeEntry(CodeSubject.Measure, "M-TOOL-NL", CodeSystem.EuAnnex1, "3B001", "test"),
                new CodeEntry(CodeSubject.Measure, "M-TOOL-NL", CodeSystem.EuAnnex1, "3D001", "test"),
                new CodeEntry(CodeSubject.Measure, "M-TOOL-NL", CodeSystem.NlNational, "3B001.f.4", "test"),
            ],
        });

    [Fact]
    public void Cn8_line_matches_exactly_names_eu_cn8_and_finds_the_measures_of_its_item()
    {
        var m = new CodeIndex(Data()).Lookup("8505 11 00");
        Assert.Equal("85051100", m.Query);
        Assert.Equal(CodeSystem.EuCn8, m.Systems[0]);
        Assert.True(m.Hits[0].Exact);
        Assert.Equal(["magnet"], m.Items);
        Assert.Equal(new HashSet<string> { "M-MAGNET" }, m.MeasureIds);
    }

    [Fact]
    public void Cn8_line_is_not_confused_with_a_chinese_line_that_shares_its_six_digits()
    {
        var m = new CodeIndex(Data()).Lookup("85051100");
        Assert.DoesNotContain(m.Hits, h => h.System == CodeSystem.CnChina10);
        Assert.DoesNotContain(CodeSystem.Hs, m.Systems);
    }

    [Fact]
    public void Six_digit_heading_finds_the_cn8_lines_under_it()
    {
        var m = new CodeIndex(Data()).Lookup("280530");
        Assert.Contains(m.Hits, h => h.System == CodeSystem.EuCn8 && h.Code == "28053029" && !h.Exact);
        Assert.Equal(new HashSet<string> { "M-METAL" }, m.MeasureIds);
    }

    [Fact]
    public void Annex_I_entry_a_measure_cites_returns_that_measure_alone()
    {
        var m = new CodeIndex(Data()).Lookup("3D001");
        Assert.Equal([CodeSystem.EuAnnex1], m.Systems);
        Assert.Empty(m.Items);
        Assert.Equal(new HashSet<string> { "M-TOOL-NL" }, m.MeasureIds);
    }

    [Fact]
    public void Entry_known_as_both_eccn_and_annex_I_names_both_systems()
    {
        var m = new CodeIndex(Data()).Lookup("3B001");
        Assert.Equal(new HashSet<CodeSystem> { CodeSystem.Eccn, CodeSystem.EuAnnex1 }, m.Hits.Where(h => h.Exact).Select(h => h.System).ToHashSet());
        Assert.Equal(new HashSet<string> { "M-TOOL-US", "M-TOOL-NL" }, m.MeasureIds);
        Assert.Equal([CodeSystem.Eccn, CodeSystem.EuAnnex1], new CodeIndex(Data()).SystemsOf("3b001"));
    }

    [Fact]
    public void Unknown_cn8_line_outside_every_known_heading_names_the_nearest_known_lines()
    {
        var index = new CodeIndex(Data());
        var m = index.Lookup("85059029");
        Assert.False(m.Found);
        Assert.Contains("85051100", m.Nearest);
        Assert.Equal([CodeSystem.EuCn8], index.SystemsOf("85051100"));
        Assert.DoesNotContain(m.Nearest, c => !c.All(char.IsAsciiDigit));
    }

    [Fact]
    public void Unknown_annex_I_entry_names_the_nearest_known_entries_first()
    {
        var m = new CodeIndex(Data()).Lookup("3D099");
        Assert.False(m.Found);
        Assert.Equal("3D001", m.Nearest[0]);
        Assert.DoesNotContain(m.Nearest, c => c.All(char.IsAsciiDigit));
    }

    [Fact]
    public void Annex_I_subdivision_not_in_the_dataset_falls_back_to_its_entry()
    {
        var m = new CodeIndex(Data()).Lookup("3d001.a");
        Assert.True(m.Found);
        Assert.All(m.Hits, h => Assert.False(h.Exact));
        Assert.Equal(new HashSet<string> { "M-TOOL-NL" }, m.MeasureIds);
    }

    [Fact]
    public void Dutch_national_entry_matches_exactly_without_retiring_the_eccn_entry_above_it()
    {
        var m = new CodeIndex(Data()).Lookup("3B001.F.4");
        Assert.Equal("3B001.f.4", m.Query);
        Assert.Equal(CodeSystem.NlNational, m.Hits[0].System);
        Assert.True(m.Hits[0].Exact);
        Assert.Contains(m.Hits, h => h.System == CodeSystem.Eccn && h.Code == "3B001" && !h.Exact);
        Assert.Equal(new HashSet<string> { "M-TOOL-US", "M-TOOL-NL" }, m.MeasureIds);
    }

    [Fact]
    public void Annex_I_entry_finds_the_dutch_national_entries_numbered_under_it()
    {
        var m = new CodeIndex(Data()).Lookup("3B001");
        Assert.Contains(m.Hits, h => h.System == CodeSystem.NlNational && h.Code == "3B001.f.4" && !h.Exact);
    }
}
