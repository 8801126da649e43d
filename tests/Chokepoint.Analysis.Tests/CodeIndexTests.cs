using Chokepoint.Analysis.Codes;
using Chokepoint.Model;
using Chokepoint.Testing;

namespace Chokepoint.Analysis.Tests;

public sealed class CodeIndexTests
{
    private static Dataset Data() =>
        new(new DatasetBuilder()
            .Item("magnet", ItemKind.Component, "test", "850511")
            .Item("metal", ItemKind.Refined, "test", "280530")
            .Item("chip", ItemKind.Component, "test", "854231")
            .Measure("M-MAGNET", ["magnet"])
            .Measure("M-METAL", ["metal"])
            .Measure("M-CHIP", ["chip"], m => m with { Issuer = "USA", Destinations = ["CHN"] })
            .Tables() with
        {
            Codes =
            [
                new CodeEntry(CodeSubject.Item, "magnet", CodeSystem.CnChina10, "8505111000", "test"),
                new CodeEntry(CodeSubject.Item, "metal", CodeSystem.CnDualUse, "1C902.a", "test"),
                new CodeEntry(CodeSubject.Item, "magnet", CodeSystem.CnDualUse, "1C902.a.4", "test"),
                new CodeEntry(CodeSubject.Item, "chip", CodeSystem.Eccn, "3A090", "test"),
            ],
        });

    [Fact]
    public void Ten_digit_line_matches_exactly_and_finds_the_measures_of_its_item()
    {
        var m = new CodeIndex(Data()).Lookup("8505111000");
        Assert.Equal([CodeSystem.CnChina10], m.Systems);
        Assert.Equal(["magnet"], m.Items);
        Assert.Equal(new HashSet<string> { "M-MAGNET" }, m.MeasureIds);
    }

    [Fact]
    public void Six_digit_heading_finds_the_national_lines_under_it()
    {
        var m = new CodeIndex(Data()).Lookup("850511");
        Assert.Contains(CodeSystem.Hs, m.Systems);
        Assert.Contains(CodeSystem.CnChina10, m.Systems);
        Assert.Equal(["magnet"], m.Items);
    }

    [Fact]
    public void Dotted_tariff_code_is_read_without_its_dots()
    {
        Assert.Equal("8505111000", new CodeIndex(Data()).Lookup("8505.11.10.00").Query);
    }

    [Fact]
    public void Unknown_national_line_under_a_known_heading_falls_back_to_the_heading()
    {
        var m = new CodeIndex(Data()).Lookup("8505119000");
        Assert.Equal([CodeSystem.Hs], m.Systems);
        Assert.False(m.Hits[0].Exact);
    }

    [Fact]
    public void List_subdivision_matches_its_own_entry_not_the_whole_parent_entry()
    {
        var m = new CodeIndex(Data()).Lookup("1c902.a.4");
        Assert.Equal(["magnet"], m.Items);
        Assert.DoesNotContain("M-METAL", m.MeasureIds);
    }

    [Fact]
    public void Parent_list_entry_finds_its_subdivisions()
    {
        var m = new CodeIndex(Data()).Lookup("1C902");
        Assert.Equal(new HashSet<string> { "magnet", "metal" }, m.Items.ToHashSet());
    }

    [Fact]
    public void Eccn_finds_the_measures_of_its_item()
    {
        var m = new CodeIndex(Data()).Lookup("3A090");
        Assert.Equal([CodeSystem.Eccn], m.Systems);
        Assert.Equal(new HashSet<string> { "M-CHIP" }, m.MeasureIds);
    }

    [Fact]
    public void Unknown_code_matches_nothing_and_names_the_nearest_known_codes()
    {
        var m = new CodeIndex(Data()).Lookup("3A091");
        Assert.False(m.Found);
        Assert.Equal("3A090", m.Nearest[0]);
    }

    [Theory]
    [InlineData("850", false)]
    [InlineData("12345678901", false)]
    [InlineData("ABCDE", false)]
    [InlineData("8505", true)]
    [InlineData("3B001", true)]
    public void Well_formed_codes_are_4_to_10_digits_or_list_numbers(string code, bool expected)
    {
        Assert.Equal(expected, CodeIndex.IsWellFormed(code));
    }
}
