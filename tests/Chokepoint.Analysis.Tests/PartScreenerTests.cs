using Chokepoint.Analysis.Screening;
using Chokepoint.Model;
using Chokepoint.Testing;

namespace Chokepoint.Analysis.Tests;

public sealed class PartScreenerTests
{
    private static readonly DateOnly Day = new(2025, 10, 20);

    private static Dataset Data(Func<ControlMeasure, ControlMeasure> configure) =>
        new DatasetBuilder()
            .Item("magnet", ItemKind.Component, "test", "850511")
            .Produced("magnet", ("CHN", 90), ("JPN", 10))
            .Measure("M1", ["magnet"], m => configure(m with { Kind = MeasureKind.Licence, ApprovalRate = 0.5 }))
            .Build();

    private static PartRow Part(string origin, string ship = "", double? stock = null) =>
        new(2, "P-1", "850511", origin) { SupplierCountry = ship, StockDays = stock };

    [Fact]
    public void An_export_measure_reaches_a_part_shipped_from_the_issuer()
    {
        var s = new PartScreener(Data(m => m), "DEU", Day).Screen(Part("CHN"));
        Assert.Equal(["M1"], s.InForce);
        Assert.Equal("export", s.Reaches[0].Reach);
    }

    [Fact]
    public void An_export_only_measure_does_not_reach_issuer_goods_reexported_from_elsewhere()
    {
        var s = new PartScreener(Data(m => m), "DEU", Day).Screen(Part("CHN", "VNM"));
        Assert.Empty(s.Reaches);
        Assert.Equal("clear", s.Verdict);
    }

    [Fact]
    public void A_reexport_clause_reaches_issuer_goods_shipped_from_a_third_country()
    {
        var data = Data(m => m with { Scope = [new ScopeClause(ScopeKind.Export, m.Effective), new ScopeClause(ScopeKind.Reexport, m.Effective)] });
        var s = new PartScreener(data, "DEU", Day).Screen(Part("CHN", "VNM"));
        Assert.Equal(["M1"], s.InForce);
        Assert.Equal("reexport", s.Reaches[0].Reach);
    }

    [Fact]
    public void A_foreign_content_clause_that_starts_later_is_announced_for_a_part_made_elsewhere()
    {
        var data = Data(m => m with { Scope = [new ScopeClause(ScopeKind.Export, m.Effective), new ScopeClause(ScopeKind.ForeignContent, new DateOnly(2025, 12, 1))] });
        var s = new PartScreener(data, "DEU", Day).Screen(Part("JPN"));
        Assert.Empty(s.InForce);
        Assert.Equal(["M1"], s.Announced);
    }

    [Fact]
    public void A_measure_effective_later_is_announced_and_one_in_its_suspension_window_is_suspended()
    {
        var later = new PartScreener(Data(m => m with { Announced = new DateOnly(2025, 10, 1), Effective = new DateOnly(2025, 11, 8) }), "DEU", Day).Screen(Part("CHN"));
        Assert.Equal(["M1"], later.Announced);
        var suspended = new PartScreener(Data(m => m with { SuspendedFrom = new DateOnly(2025, 10, 1) }), "DEU", Day).Screen(Part("CHN"));
        Assert.Equal(["M1"], suspended.Suspended);
        Assert.Equal("suspended", suspended.Verdict);
    }

    [Fact]
    public void A_measure_for_other_destinations_does_not_reach_the_part()
    {
        var s = new PartScreener(Data(m => m with { Destinations = ["USA"] }), "DEU", Day).Screen(Part("CHN"));
        Assert.Equal("clear", s.Verdict);
    }

    [Fact]
    public void Half_the_supply_stopped_makes_the_stock_last_twice_as_long()
    {
        // A licence passing half the flow from the only producer on the part's route: output at risk 0.5, so 30 days of stock last 60 days.
        var s = new PartScreener(Data(m => m), "DEU", Day).Screen(Part("CHN", stock: 30));
        Assert.Equal(0.5, s.OutputAtRisk!.Value, 1e-9);
        Assert.Equal(60, s.TtsDays!.Value, 1e-9);
        Assert.Equal(["M1"], s.Terms.Select(t => t.MeasureId));
    }

    [Fact]
    public void A_code_the_dataset_does_not_know_is_not_in_dataset()
    {
        var s = new PartScreener(Data(m => m), "DEU", Day).Screen(new PartRow(2, "P-2", "731815", "DEU"));
        Assert.Equal("not-in-dataset", s.Verdict);
        Assert.Null(s.OutputAtRisk);
    }
}
