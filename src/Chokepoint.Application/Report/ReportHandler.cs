using Chokepoint.Analysis.Controls;
using Chokepoint.Application.Handlers;
using Chokepoint.Application.Inputs;
using Chokepoint.Application.Tables;
using Chokepoint.Application.Wording;
using Chokepoint.Contracts;
using Chokepoint.Model;
using Chokepoint.Simulation.Mitigation;
using Chokepoint.Simulation.MonteCarlo;
using Chokepoint.Simulation.Compile;

using Chokepoint.Application.Prices;

namespace Chokepoint.Application.Report;

/// <summary>report: the headline analyses and every section, composed from the handlers of the commands (no registration list).</summary>
public static class ReportHandler
{
    /// <summary>The second date of the exposure views unless one is given: the height of the October 2025 package.</summary>
    public static readonly DateOnly DefaultComparison = new(2025, 10, 10);

    /// <summary>The headline analyses alone (the web overview's first screen; cheap).</summary>
    public static HeadlineReport Headline(Session s, string? asOf, string? compare)
    {
        ArgumentNullException.ThrowIfNull(s);
        var date = Resolve.DateOr(asOf, s.P("as-of"), s.Today);
        var cmp = Resolve.DateOr(compare, s.P("compare"), DefaultComparison);
        return HeadlineReport.Build(s.Dataset, date, cmp);
    }

    /// <summary>The whole report on <paramref name="asOf"/> (today when null).</summary>
    public static ComposedReport Build(Session s, string? asOf, ReportOptions options, string? compare = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(options);
        var headline = Headline(s, asOf, compare);
        return new ComposedReport(headline, HeadlineTables(headline), StressTest(s, options), WhatHelps(s, options), Leverage(s, headline.Today));
    }

    /// <summary>The headline's tables: exposure of products made in the USA and the EU, chokepoints (top 10), measure counts.</summary>
    public static IReadOnlyList<Table> HeadlineTables(HeadlineReport r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var views = HeadlineReport.Views(r.Today, r.Comparison);
        var exposure = new Table($"Products {Words.MadeIn} the USA / the worst EU member: makers' output at risk from Chinese export controls (computed, static bound)",
            "product", $"USA {views[0]}", $"USA {views[1]}", "USA full cut-off", $"EU {views[0]}", $"EU {views[1]}", "EU full cut-off", "binding input (USA now)")
            .Kinds(CellKind.Exposure, 0).Kinds(CellKind.Item, 7).Numeric(1, 2, 3, 4, 5, 6)
            .Asks("to", "USA").Asks("as_of", Format.Date(r.Today)).Asks("made_in", "true").Asks("issuer", r.Issuer);
        foreach (var product in r.Exposures.Select(e => e.Product).Distinct())
        {
            string Cell(string t, string v) => r.Exposures.FirstOrDefault(e => e.Product == product && e.Target == t && e.View == v) is { } e ? e.Shown(Format.Frac) : "";
            exposure.Add(product, Cell("USA", views[0]), Cell("USA", views[1]), Cell("USA", views[2]), Cell("EU", views[0]), Cell("EU", views[1]), Cell("EU", views[2]),
                r.Exposures.First(e => e.Product == product && e.Target == "USA" && e.View == views[0]).BindingInput);
        }
        if (r.Exposures.Any(e => e.IfRecordedEnd is not null)) exposure.Note(ProductExposure.RecordedEndNote);
        exposure.Note("Made in: output of the makers located in the target ('exposure ITEM --to ISO3 --made-in'); 'exposure ITEM --to ISO3' alone gives what buyers there receive, wherever it was made. No stocks or substitution. Shares and recipes: production.csv, recipes.csv (sources in the HTML report).");
        var usa = ChokepointsHandler.Table(r.ChokepointsUsa.Take(10).ToList(), r.Issuer, "USA", r.Today);
        var eu = ChokepointsHandler.Table(r.ChokepointsEu.Take(10).ToList(), r.Issuer, "EU (worst member)", r.Today);
        var counts = new Table($"Measures as of {Format.Date(r.Today)}", "status", "count").Numeric(1);
        foreach (var g in r.Timeline.GroupBy(m => m.Status).OrderBy(g => g.Key)) counts.Add(Names.Of(g.Key), Format.Int(g.Count()));
        foreach (var lapse in r.LapsedSuspensions) counts.Note(LapsedSuspensions.Warning(lapse));
        counts.Note(r.ReviewNote);
        return [exposure, usa, eu, counts];
    }

    /// <summary>The stress test of the replay scenario; null when the dataset lacks it.</summary>
    public static StressTestSection? StressTest(Session s, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(options);
        if (ScenarioLoader.BuiltIns(s.Dataset).FirstOrDefault(b => b.Name == ReportOptions.Replay) is not { Scenario: { } scenario }) return null;
        var result = Simulator.Run(NetworkCompiler.Compile(s.Dataset, scenario), new SimulationOptions(options.StressRuns, ReportOptions.Seed, options.Threads));
        return StressTestSection.Of(scenario, ReportOptions.Replay, result, ReportOptions.Seed);
    }

    /// <summary>"What helps" the USA under the replay scenario; null when the dataset lacks the scenario or US demand.</summary>
    public static WhatHelpsSection? WhatHelps(Session s, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(options);
        var target = ReportOptions.HelpsTarget;
        if (ScenarioLoader.BuiltIn(s.Dataset, ReportOptions.Replay) is not { } scenario || !s.Dataset.Tables.Demand.Any(d => d.Country == target)) return null;
        var result = MitigationAnalysis.Run(s.Dataset, scenario, target, null, new MitigationOptions(95, options.HelpsRuns, ReportOptions.Seed, options.Threads));
        var tts = TtsHandler.Run(s.Dataset, scenario);
        var prices = StockpilePrices.Of(s.Dataset, scenario, result.Stockpile.Lines.Select(l => l.Item));
        var tables = MitigateHandler.Tables(result, prices).Append(TtsHandler.Table(tts.Where(r => r.Country == target).ToList(), target, scenario.HorizonDays, 12)).ToList();
        return new WhatHelpsSection(scenario, ReportOptions.Replay, target, options.HelpsRuns, result, tts, tables, MitigateHandler.Json(ReportOptions.Replay, result, prices));
    }

    /// <summary>China over the USA and the reverse on <paramref name="date"/>, and the chip controls' scenario when the dataset has it.</summary>
    public static LeverageSection Leverage(Session s, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(s);
        var day = Format.Date(date);
        var spring = ScenarioLoader.BuiltIn(s.Dataset, ReportOptions.ChipControls) is null ? null
            : LeverageHandler.Handle(s, "USA", "CHN", null, ReportOptions.ChipControls);
        return new LeverageSection(LeverageHandler.Handle(s, "CHN", "USA", day, null), LeverageHandler.Handle(s, "USA", "CHN", day, null), spring);
    }

    /// <summary>The contract of a composed report.</summary>
    public static ReportJson Json(ComposedReport c, string? index)
    {
        ArgumentNullException.ThrowIfNull(c);
        var r = c.Headline;
        return new ReportJson(Format.Date(r.Today), index,
            r.Exposures.Select(e => new ProductExposureJson(e.Product, e.Target, "made_in", e.View, Math.Round(e.OutputAtRisk, 6), e.BindingInput)
            {
                Branches = e.IfRecordedEnd is { } b ? new ProductExposureBranchesJson(new OutputAtRiskJson(Math.Round(b, 6)), new OutputAtRiskJson(Math.Round(e.OutputAtRisk, 6))) : null,
            }).ToList(),
            ChokepointJson.Of(r.ChokepointsUsa), ChokepointJson.Of(r.ChokepointsEu),
            r.IssuerShares.Select(x => new IssuerShareJson(x.Item, x.Year, x.SharePct, x.Basis, x.IsProxy, x.Source, Names.Of(x.Confidence))).ToList(),
            r.Timeline.Select(m => new MeasureStatusJson(m.Measure.Id, Names.Of(m.Status), m.StatusIfUnchanged is { } u ? Names.Of(u) : null)).ToList(),
            r.ReviewNote, c.StressTest?.Json, c.WhatHelps?.Json, c.Leverage.Json);
    }
}
