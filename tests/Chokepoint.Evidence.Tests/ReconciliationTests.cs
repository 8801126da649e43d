using Chokepoint.Evidence.Extraction;
using Chokepoint.Evidence.Reconciliation;
using Chokepoint.Model;
using Chokepoint.Testing;

namespace Chokepoint.Evidence.Tests;

public sealed class ReconciliationTests
{
    private static readonly Dataset Data = new DatasetBuilder()
        .Item("rare-earth-ore", ItemKind.Raw, "rare-earths")
        .Item("rare-earth-oxide", ItemKind.Refined, "rare-earths")
        .Item("ndfeb-magnet", ItemKind.Component, "rare-earths")
        .Item("refined-cobalt", ItemKind.Refined, "batteries")
        .Produced("rare-earth-ore", ("CHN", 70), ("USA", 12))
        .Produced("rare-earth-oxide", ("CHN", 91))
        .Produced("ndfeb-magnet", ("CHN", 90))
        .Claim("refined-cobalt", "CHN", 78, "refining")
        .Measure("CHN-MOFCOM-2025-18", ["ndfeb-magnet", "rare-earth-oxide"], m => m with
        {
            Kind = MeasureKind.Licence, Announced = new DateOnly(2025, 4, 4), Effective = new DateOnly(2025, 4, 4),
        })
        .Measure("CHN-MOFCOM-2023-TECH", ["rare-earth-oxide"], m => m with { Kind = MeasureKind.TechnologyBan, Announced = new DateOnly(2023, 12, 21), Effective = new DateOnly(2023, 12, 21) })
        .Build();

    private static ShareClaim Claim(string country, double pct, string? qualifier, string? stage, params string[] concepts) =>
        new(country, "subject", stage, pct, qualifier, null, 0, 10, "sentence", concepts);

    private static Reconciliation.Reconciliation Reconcile(ShareClaim c) => new Reconciler(Data, new ItemMapper(Data)).Reconcile(c);

    [Fact]
    public void Claim_within_three_points_agrees()
    {
        var r = Reconcile(Claim("CHN", 88, null, "refining", "rare-earth"));
        Assert.Equal(("rare-earth-oxide", "agrees", 91.0), (r.Item, r.Status, r.DatasetValuePct!.Value));
    }

    [Fact]
    public void Over_qualifier_agrees_with_any_larger_figure()
    {
        Assert.Equal("agrees", Reconcile(Claim("CHN", 80, "over", "refining", "rare-earth")).Status);
        Assert.Equal("conflicts", Reconcile(Claim("CHN", 80, null, "refining", "rare-earth")).Status);
    }

    [Fact]
    public void Conflict_reports_the_dataset_figure_and_source()
    {
        var r = Reconcile(Claim("CHN", 60, null, "mining", "rare-earth"));
        Assert.Equal(("rare-earth-ore", "conflicts", 70.0, DatasetBuilder.SourceId), (r.Item, r.Status, r.DatasetValuePct!.Value, r.DatasetSource));
    }

    [Fact]
    public void A_claim_matching_only_a_published_side_figure_agrees_with_other_figure()
    {
        // refined-cobalt has no production.csv row, only a claims.csv figure: the model uses no figure the claim matches.
        var r = Reconcile(Claim("CHN", 80, null, "refining", "cobalt"));
        Assert.Equal((Reconciler.AgreesWithOtherFigure, 78.0), (r.Status, r.OtherValuePct!.Value));
    }

    [Fact]
    public void A_claim_matching_a_side_figure_but_not_the_model_figure_shows_both()
    {
        var d = new DatasetBuilder().Item("cathode", ItemKind.Component, "batteries").Produced("cathode", ("CHN", 70), ("KOR", 30))
            .Claim("cathode", "CHN", 90, "manufacturing").Build();
        var r = new Reconciler(d, new ItemMapper(d)).Reconcile(new ShareClaim("CHN", "s", "manufacturing", 89, null, null, 0, 1, "s", ["cathode"]));

        Assert.Equal((Reconciler.AgreesWithOtherFigure, 70.0, 90.0), (r.Status, r.DatasetValuePct!.Value, r.OtherValuePct!.Value));
    }

    [Fact]
    public void A_refining_claim_is_never_compared_with_a_mining_figure()
    {
        // Refined antimony carries the mine split as a proxy and a side figure of metric mining: neither is comparable.
        var d = new DatasetBuilder().Item("antimony", ItemKind.Refined, "critical-minerals").Produced("antimony", ("CHN", 34), ("RUS", 66))
            .Claim("antimony", "CHN", 48, "mining").Build();
        var t = d.Tables with { Production = d.Tables.Production.Select(p => p with { Basis = "mining-proxy" }).ToList() };
        var data = new Dataset(t);
        var r = new Reconciler(data, new ItemMapper(data)).Reconcile(new ShareClaim("CHN", "s", "refining", 48, null, null, 0, 1, "s", ["antimony"]));

        Assert.Equal(("antimony", "not_comparable"), (r.Item, r.Status));
        Assert.Contains("mining figure", r.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Claim_without_a_figure_for_item_and_country_is_new()
    {
        var r = Reconcile(Claim("AUS", 10, null, "mining", "rare-earth"));
        Assert.Equal(("rare-earth-ore", "new"), (r.Item, r.Status));
        Assert.Null(r.DatasetValuePct);
        Assert.Equal("unmapped", Reconcile(Claim("CHN", 35, null, "manufacturing")).Status);
    }

    [Fact]
    public void Stage_chooses_between_raw_and_refined_items_and_magnets_need_to_be_named()
    {
        var mapper = new ItemMapper(Data);
        Assert.Equal("rare-earth-ore", mapper.Map(["rare-earth"], "mining"));
        Assert.Equal("rare-earth-oxide", mapper.Map(["rare-earth"], "refining"));
        Assert.Equal("ndfeb-magnet", mapper.Map(["magnet", "rare-earth"], "production"));
    }

    [Fact]
    public void April_2025_rare_earth_licences_link_to_the_registry_measure()
    {
        var e = new ControlEvent("CHN", "licence", ["magnet", "rare-earth"], "in early April", "2025-04", 0, 10, "s");
        Assert.Equal("CHN-MOFCOM-2025-18", new MeasureLinker(Data, new ItemMapper(Data)).Link(e, ["ndfeb-magnet"]));
    }

    [Fact]
    public void Event_in_another_month_or_of_another_kind_is_not_linked()
    {
        var linker = new MeasureLinker(Data, new ItemMapper(Data));
        Assert.Null(linker.Link(new ControlEvent("CHN", "licence", ["magnet"], "in June", "2025-06", 0, 1, "s"), ["ndfeb-magnet"]));
        Assert.Null(linker.Link(new ControlEvent("CHN", "suspension", ["magnet"], "in April", "2025-04", 0, 1, "s"), ["ndfeb-magnet"]));
        Assert.Null(linker.Link(new ControlEvent("USA", "licence", ["magnet"], "in April", "2025-04", 0, 1, "s"), ["ndfeb-magnet"]));
    }
}
