using System.Globalization;
using Chokepoint.Cli.Infrastructure;
using Chokepoint.Data.Diagnostics;
using Chokepoint.Model;
using Chokepoint.Reports;
using Chokepoint.Simulation.Compile;
using Chokepoint.Simulation.MonteCarlo;
using Chokepoint.Simulation.Scenarios;

namespace Chokepoint.Cli.Commands.Simulation;

/// <summary>The report's stress-test section: the worst-hit products under the built-in replay-2025, with their curves.</summary>
internal static class StressTestReport
{
    public const string ScenarioName = "replay-2025";
    private const int Runs = 500;
    private const int Seed = 1;
    private const int Rows = 10;
    private const string PlotStem = "stress-replay-2025";
    private static readonly Lock Gate = new();

    /// <summary>Adds the section to the report once per process (the command tree is rebuilt per run).</summary>
    public static void Register()
    {
        lock (Gate)
        {
            Func<CliContext, Dataset, ReportContribution?> build = Build;
            if (!ReportCommand.Contributions.Contains(build)) ReportCommand.Contributions.Add(build);
        }
    }

    private static ReportContribution? Build(CliContext ctx, Dataset dataset)
    {
        if (ScenarioCatalog.Find(dataset, ScenarioName) is not { } builtIn) return null;
        var diagnostics = new DiagnosticBag();
        var scenario = ScenarioCatalog.Parse(dataset, builtIn, diagnostics);
        if (scenario is null)
        {
            DiagnosticsPrinter.Print(ctx.Err, diagnostics.Items);
            throw CliException.InvalidData($"the built-in scenario {ScenarioName} has errors");
        }
        var result = Simulator.Run(NetworkCompiler.Compile(dataset, scenario),
            new SimulationOptions(Runs, Seed, Environment.ProcessorCount));
        var worst = WorstHit(result.Outcomes);
        var header = new[] { "product", "country", "as", "TTS days", "TTR days", "lost output %", "min output" };
        var rows = worst.Select(w => (IReadOnlyList<string>)
        [
            w.Outcome.Label.Item, w.Outcome.Label.Country, w.As, ShortfallNotation.Tts(w.Outcome.TtsDays, many: true), ShortfallNotation.Ttr(w.Outcome, many: true),
            Range(w.Outcome.LostOutputPct, "0.0", "-"), Range(w.Outcome.MinOutputFraction, "0.000", "-"),
        ]).ToList();
        var html = Html.P($"{scenario.Name}: {scenario.Description}") +
                   Html.P($"Computed: median (p5–p95) of {Runs} Monte Carlo runs (seed {Seed}) of 'chokepoint simulate {ScenarioName}', " +
                          $"{scenario.HorizonDays} days from {Format.Date(scenario.Start)}. {ShortfallNotation.Legend} " +
                          "Lost output: shortfall over the horizon as % of baseline. Model: docs/model.md.", "note") +
                   Html.Table(header, rows, new HashSet<int> { 3, 4, 5, 6 }) +
                   Html.Img(PlotStem + ".png", $"Output of the worst-hit products under {ScenarioName} (median and p5–p95 band)");
        var table = new TableModel($"Stress test {ScenarioName}: worst-hit products (computed; median (p5–p95) of {Runs} runs)", header);
        table.Numeric(3, 4, 5, 6);
        foreach (var r in rows) table.Add([.. r]);
        var json = new
        {
            stress_test = new
            {
                scenario = ScenarioName, runs = Runs, seed = Seed,
                worst = worst.Select(w => w.Outcome).Select(o => new
                {
                    item = o.Label.Item, country = o.Label.Country, kind = o.Label.Kind,
                    tts_days = o.TtsDays.Median, tts_days_p5 = o.TtsDays.P5, tts_days_p95 = o.TtsDays.P95,
                    lost_output_pct = Round(o.LostOutputPct.Median), lost_output_pct_p95 = Round(o.LostOutputPct.P95),
                    min_output_fraction = Round(o.MinOutputFraction.Median), min_output_fraction_p5 = Round(o.MinOutputFraction.P5),
                }).ToList(),
            },
        };
        return new ReportContribution([new ReportSection($"Stress test: {scenario.Name}", html)],
            staging => SimulationPlots.Write(staging, result, PlotStem), [table], json);
    }

    /// <summary>
    /// The products that lost output, worst first, at most <see cref="Rows"/>: a product whose makers and buyers in one
    /// country fare the same is one row ("made in, bought by") instead of two; products that lost nothing are left out.
    /// </summary>
    private static List<(NodeOutcome Outcome, string As)> WorstHit(IReadOnlyList<NodeOutcome> outcomes)
    {
        var hit = outcomes.Where(o => o.Label.Kind is "demand" or "product" && (o.LostOutputPct.P95 ?? 0) > 0).ToList();
        var rows = new List<(NodeOutcome Outcome, string As)>();
        var merged = new HashSet<NodeOutcome>();
        foreach (var o in hit)
        {
            if (rows.Count == Rows) break;
            if (merged.Contains(o)) continue;
            var twin = hit.FirstOrDefault(x => x != o && x.Label.Item == o.Label.Item && x.Label.Country == o.Label.Country &&
                                               x.LostOutputPct == o.LostOutputPct && x.TtsDays == o.TtsDays && x.TtrDays == o.TtrDays);
            if (twin is not null) merged.Add(twin);
            rows.Add((o, twin is null ? SimulationTable.Meaning(o.Label.Kind) : "made in, bought by"));
        }
        return rows;
    }

    private static string Range(Stat s, string format, string none)
    {
        string F(double? v) => v is { } x ? x.ToString(format, CultureInfo.InvariantCulture) : none;
        return $"{F(s.Median)} ({F(s.P5)}–{F(s.P95)})";
    }

    private static double? Round(double? v) => v is { } x ? Math.Round(x, 4) : null;
}
