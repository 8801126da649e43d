using Chokepoint.Application.Tables;
using Chokepoint.Application.Wording;
using Chokepoint.Contracts;
using Chokepoint.Model;
using Chokepoint.Simulation.Scenarios;
using Chokepoint.Simulation.MonteCarlo;

namespace Chokepoint.Application.Report;

/// <summary>The report's stress test: the worst-hit products under a built-in scenario, median (p5–p95) of Monte Carlo runs.</summary>
/// <param name="Result">The simulation (its curves are drawn).</param>
public sealed record StressTestSection(Scenario Scenario, string Name, SimulationResult Result, Table Table, StressTestJson Json)
{
    /// <summary>Most rows of the table.</summary>
    public const int Rows = 10;

    /// <summary>
    /// The products that lost output, worst first, at most <see cref="Rows"/> rows: a product whose makers and buyers in one country
    /// fare the same is "made in, bought by" instead of two rows; countries whose figures read the same are one row ("ROW, BRA");
    /// products that lost nothing are left out (as in 'simulate').
    /// </summary>
    public static StressTestSection Of(Scenario scenario, string name, SimulationResult result, int seed)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(result);
        var worst = WorstHit(result.Outcomes);
        var table = new Table($"Stress test {name}: worst-hit products (computed; median (p5–p95) of {result.Runs} runs)",
            "product", "country", "as", "TTS days", "TTR days", "lost output %", "min output").Kinds(CellKind.Item, 0).Numeric(3, 4, 5, 6);
        foreach (var g in worst) table.Add([g.Item, string.Join(", ", g.Countries), g.As, .. g.Cells]);
        table.Note($"Computed: median (p5–p95) of {result.Runs} Monte Carlo runs (seed {seed}) of 'chokepoint simulate {name}', {scenario.HorizonDays} days from {Format.Date(scenario.Start)}. " +
                   Words.ShortfallLegend + " Lost output: shortfall over the horizon as % of baseline. Model: docs/model.md.");
        table.Note(Words.MadeInBoughtByLegend);
        var json = new StressTestJson(name, result.Runs, seed,
            worst.Select(g => new StressRowJson(g.Item, g.Countries, g.As)).ToList(),
            worst.SelectMany(g => g.Outcomes).Select(o => new StressOutcomeJson(o.Label.Item, o.Label.Country, o.Label.Kind, o.TtsDays.Median, o.TtsDays.P5, o.TtsDays.P95,
                Round(o.LostOutputPct.Median), Round(o.LostOutputPct.P95), Round(o.MinOutputFraction.Median), Round(o.MinOutputFraction.P5))).ToList());
        return new StressTestSection(scenario, name, result, table, json);
    }

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
            var As = twin is null ? Words.Meaning(o.Label.Kind) : $"{Words.MadeIn}, {Words.BoughtBy}";
            string[] cells = [Words.Tts(o.TtsDays, many: true), Words.Ttr(o, many: true), Words.Range(o.LostOutputPct, "0.0", many: true), Words.Range(o.MinOutputFraction, "0.000", many: true)];
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

    private sealed record WorstRow(string Item, string As, string[] Cells, List<string> Countries, List<NodeOutcome> Outcomes);

    private static double? Round(double? v) => v is { } x ? Math.Round(x, 4) : null;
}
