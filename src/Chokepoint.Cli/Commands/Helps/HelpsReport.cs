using System.Globalization;
using Chokepoint.Analysis.Leverage;
using Chokepoint.Cli.Infrastructure;
using Chokepoint.Data.Diagnostics;
using Chokepoint.Model;
using Chokepoint.Optimization;
using Chokepoint.Reports;
using Chokepoint.Simulation.Compile;
using Chokepoint.Simulation.Mitigation;
using Chokepoint.Simulation.Optimization;
using Chokepoint.Simulation.Scenarios;

namespace Chokepoint.Cli.Commands.Helps;

/// <summary>The report's "What helps" (mitigate and tts on replay-2025 for the USA) and "Leverage" (CHN↔USA) sections.</summary>
internal static class HelpsReport
{
    private const string ScenarioName = "replay-2025";
    private const string ChipScenario = "us-chip-controls-2025";
    private const string Target = "USA";
    private const int Runs = 40;
    private static readonly Lock Gate = new();

    public static void Register()
    {
        lock (Gate)
        {
            Func<CliContext, Dataset, ReportContribution?> helps = WhatHelps;
            Func<CliContext, Dataset, ReportContribution?> leverage = Leverage;
            if (!ReportCommand.Contributions.Contains(helps)) ReportCommand.Contributions.Add(helps);
            if (!ReportCommand.Contributions.Contains(leverage)) ReportCommand.Contributions.Add(leverage);
        }
    }

    private static ReportContribution? WhatHelps(CliContext ctx, Dataset dataset)
    {
        if (ScenarioCatalog.Find(dataset, ScenarioName) is not { } builtIn) return null;
        var scenario = ScenarioCatalog.Parse(dataset, builtIn, new DiagnosticBag());
        if (scenario is null || !dataset.Tables.Demand.Any(d => d.Country == Target)) return null;
        var result = MitigationAnalysis.Run(dataset, scenario, Target, null, new MitigationOptions(95, Runs, 1, Environment.ProcessorCount));
        var tables = MitigateCommand.Tables(dataset, result);
        var values = new UnitValues(dataset);
        var tts = TimeToSurvive.Run(NetworkCompiler.Compile(dataset, scenario), new GlopSolver(), values.UsdPerUnit);
        var ttsTable = TtsCommand.Table(tts.Where(r => r.Country == Target).ToList(), Target, scenario.HorizonDays, 12);
        var html = Html.P($"Under {scenario.Name} ({Format.Date(scenario.Start)}, {scenario.HorizonDays} days), computed: the smallest extra stock the USA would hold so that its final demand is met through the horizon in 95% of {Runs} Monte Carlo runs; the other producers of the restricted items and when they close the gap; the alternatives in the recipes; and the optimal time-to-survive (LP) beside the simulation's. Model: docs/model.md, section 3.", "note")
                   + string.Concat(tables.Select(Section)) + Html.Img("helps-stockpile.png", "Stockpile that keeps US demand met (value at sourced unit values)")
                   + Section(ttsTable) + Html.Img("helps-tts.png", "Time-to-survive: simulation rules vs LP optimum (US final demand)");
        var lines = result.Stockpile.Lines.Select(l => (l.Item, (double)l.DaysOfCover, l.ValueUsd ?? 0)).ToList();
        var ttsBars = tts.Where(r => r.Country == Target && r.Kind == "demand").Select(r => (r.Item, (double)(r.TtsDays ?? scenario.HorizonDays), (double)(r.TtsLpDays ?? scenario.HorizonDays))).ToList();
        return new ReportContribution([new ReportSection("What helps", html)], staging =>
        {
            HelpsPlots.Stockpile(lines, $"Stockpile that keeps US demand met under {ScenarioName} (computed)", Path.Combine(staging, "helps-stockpile.png"));
            HelpsPlots.Tts(ttsBars, scenario.HorizonDays, $"US final demand under {ScenarioName}: time-to-survive", Path.Combine(staging, "helps-tts.png"));
        }, [.. tables, ttsTable], new { what_helps = MitigateCommand.Json(ScenarioName, result) });
    }

    private static ReportContribution? Leverage(CliContext ctx, Dataset dataset)
    {
        var date = ctx.Today;
        var forward = LeverageAnalysis.AsOf(dataset, "CHN", "USA", date);
        var reverse = LeverageAnalysis.AsOf(dataset, "USA", "CHN", date);
        var t1 = LeverageCommand.Table(dataset, forward, "CHN", "USA", $"measures in force on {Format.Date(date)}");
        var t2 = LeverageCommand.Table(dataset, reverse, "USA", "CHN", $"measures in force on {Format.Date(date)}");
        if (Chokepoint.Analysis.Controls.ReviewNotice.Line(dataset, date, "CHN") is { } chnReview) t1.Note(chnReview);
        if (Chokepoint.Analysis.Controls.ReviewNotice.Line(dataset, date, "USA") is { } usaReview) t2.Note(usaReview);
        // The US H20 requirement had lapsed into licences by the as-of date; its spring-2025 cost is the scenario's.
        TableModel? t3 = null;
        IReadOnlyList<LeverageRow> spring = [];
        if (ScenarioCatalog.Find(dataset, ChipScenario) is { } chip && ScenarioCatalog.Parse(dataset, chip, new DiagnosticBag()) is { } cs)
        {
            spring = LeverageAnalysis.Of(dataset, "USA", "CHN", ScenarioMeasures.Of(dataset, cs));
            t3 = LeverageCommand.Table(dataset, spring, "USA", "CHN", $"measures of scenario '{cs.Name}', each as if in force");
        }
        var html = Html.P("Computed per measure and item: the target's lost output value (static bound) against the issuer's forgone export revenue. Values: trade.csv and unit_values.csv, each cited below the table. Model: docs/model.md, 3.5. China's loss from US chip controls is valued at the price of the servers and tools it cannot buy, not at what they would have produced, so those ratios are near 1 by construction (docs/data.md, 'Chips and chip-making tools').", "note")
                   + Section(t1) + Html.Img("leverage-chn-usa.png", "Leverage of China over the USA")
                   + Section(t2) + Html.Img("leverage-usa-chn.png", "Leverage of the USA over China")
                   + (t3 is null ? "" : Section(t3));
        return new ReportContribution([new ReportSection("Leverage", html)], staging =>
        {
            HelpsPlots.Leverage(forward, "CHN", "USA", Path.Combine(staging, "leverage-chn-usa.png"));
            HelpsPlots.Leverage(reverse, "USA", "CHN", Path.Combine(staging, "leverage-usa-chn.png"));
        }, t3 is null ? [t1, t2] : [t1, t2, t3],
           new { leverage = new { chn_usa = LeverageCommand.Json(forward), usa_chn = LeverageCommand.Json(reverse), usa_chn_spring_2025 = LeverageCommand.Json(spring) } });
    }

    private static string Section(TableModel t) =>
        $"<h3>{Html.E(t.Title)}</h3>" + Html.Table(t.Columns, t.Rows, t.RightAligned) + string.Concat(t.Notes.Select(n => Html.P(n, "note")));
}
