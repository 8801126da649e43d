using Chokepoint.Cli.Infrastructure;
using Chokepoint.Simulation.MonteCarlo;

namespace Chokepoint.Cli.Commands.Simulation;

/// <summary>The table of simulate: nodes that fell short, worst first.</summary>
internal static class SimulationTable
{
    public static TableModel Build(SimulationResult r, bool allNodes)
    {
        var many = r.Runs > 1;
        var title = $"{r.Scenario}: {(allNodes ? "nodes" : "products")} that fell short — {r.HorizonDays} days from {Format.Date(r.Start)}" +
                    (many ? $", median (p5–p95) of {r.Runs} runs" : "");
        var table = new TableModel(title, "item", "country", "as", "TTS days", "TTR days", "lost output %", "min output");
        table.Numeric(3, 4, 5, 6);
        foreach (var o in r.Outcomes.Where(o => o.FellShort))
            table.Add(o.Label.Item, o.Label.Plant is { } plant ? $"{o.Label.Country} ({plant})" : o.Label.Country, Meaning(o.Label.Kind),
                ShortfallNotation.Tts(o.TtsDays, many),
                ShortfallNotation.Ttr(o, many),
                Cell(o.LostOutputPct, v => v.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture), many, "-"),
                Cell(o.MinOutputFraction, Format.Fraction, many, "-"));
        table.Note("Country: 'made in' = output of the makers there (a plant of plants.csv in brackets); 'bought by' = what buyers there receive, wherever it was made.");
        table.Note(ShortfallNotation.Legend).WhenEmpty($"no {(allNodes ? "node" : "product")} fell short within the horizon.");
        table.Note("Lost output: shortfall over the horizon as % of baseline output. Output is relative to the baseline flows of the followed demand.");
        foreach (var note in r.Notes.Distinct()) table.Note("Assumed: " + note);
        return table;
    }

    /// <summary>What a result row of <paramref name="kind"/> measures, in the words of the tables: made in, bought by, other uses.</summary>
    internal static string Meaning(string kind) => kind switch { "demand" => "bought by", "other" => "other uses", "product" => "made in", _ => kind };

    private static string Cell(Stat s, Func<double, string> format, bool many, string none)
    {
        string F(double? v) => v is { } x ? format(x) : none;
        return many ? $"{F(s.Median)} ({F(s.P5)}–{F(s.P95)})" : F(s.Median);
    }
}
