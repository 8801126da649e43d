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
        var rows = worst.Select(g => (IReadOnlyList<string>)[g.Item, string.Join(", ", g.Countries), g.As, .. g.Cells]).ToList();
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
                rows = worst.Select(g => new { item = g.Item, countries = g.Countries, @as = g.As }).ToList(),
                worst = worst.SelectMany(g => g.Outcomes).Select(o => new
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
    /// The products that lost output, worst first, at most <see cref="Rows"/> rows: a product whose makers and buyers in
    /// one country fare the same is "made in, bought by" instead of two rows, countries whose figures read the same are
    /// one row (e.g. "ROW, BRA"), and products that lost nothing are left out.
    /// </summary>
    private static List<WorstRow> WorstHit(IReadOnlyList<NodeOutcome> outcomes)
    {
        var hit = outcomes.Where(o => o.Label.Kind is "demand" or "product" && (o.LostOutputPct.P95 ?? 0) > 0).ToList();
        var rows = new List<WorstRow>();
        var merged = new HashSet<NodeOutcome>();
        foreach (var o in hit)
        {
            if (merged.Contains(o)) continue;
            var twin = hit.FirstOrDefault(x => x != o && x.Label.Item == o.Label.Item && x.Label.Country == o.Label.Country &&
                                               x.LostOutputPct == o.LostOutputPct && x.TtsDays == o.TtsDays && x.TtrDays == o.TtrDays);
            if (twin is not null) merged.Add(twin);
            var As = twin is null ? SimulationTable.Meaning(o.Label.Kind) : "made in, bought by";
            string[] cells =
            [
                ShortfallNotation.Tts(o.TtsDays, many: true), ShortfallNotation.Ttr(o, many: true),
                Range(o.LostOutputPct, "0.0", "-"), Range(o.MinOutputFraction, "0.000", "-"),
            ];
            var same = rows.FirstOrDefault(r => r.Item == o.Label.Item && r.As == As && r.Cells.SequenceEqual(cells));
            if (same is not null)
            {
                same.Countries.Add(o.Label.Country);
                same.Outcomes.Add(o);
            }
            else if (rows.Count < Rows) rows.Add(new WorstRow(o.Label.Item, As, cells, [o.Label.Country], [o]));
        }
        return rows;
    }

    /// <summary>One row of the worst-hit table: a product, the countries whose figures read the same, the outcomes behind it.</summary>
    private sealed record WorstRow(string Item, string As, string[] Cells, List<string> Countries, List<NodeOutcome> Outcomes);

    private static string Range(Stat s, string format, string none)
    {
        string F(double? v) => v is { } x ? x.ToString(format, CultureInfo.InvariantCulture) : none;
        return $"{F(s.Median)} ({F(s.P5)}–{F(s.P95)})";
    }

    private static double? Round(double? v) => v is { } x ? Math.Round(x, 4) : null;
}
