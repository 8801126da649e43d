using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Chokepoint.Cli.Infrastructure;
using Chokepoint.Simulation.MonteCarlo;

namespace Chokepoint.Cli.Commands.Simulation;

/// <summary>--out DIR: results.json (the JSON contract), results.csv (one row per node), series.csv (daily, long form) and the plots.</summary>
internal static class SimulationFiles
{
    public static void Write(DirectoryInfo dir, SimulationResult r, JsonObject json, CliContext ctx)
    {
        Directory.CreateDirectory(dir.FullName);
        File.WriteAllText(Path.Combine(dir.FullName, "results.json"), json.ToJsonString(Renderer.Json) + "\n");
        File.WriteAllText(Path.Combine(dir.FullName, "results.csv"), Summary(r));
        File.WriteAllText(Path.Combine(dir.FullName, "series.csv"), Series(r));
        if (r.Flows.Count > 0) File.WriteAllText(Path.Combine(dir.FullName, "flows.csv"), Flows(r));
        var plots = SimulationPlots.Write(dir.FullName, r);
        ctx.Err.WriteLine($"Wrote results.json, results.csv, series.csv{(r.Flows.Count > 0 ? ", flows.csv" : "")}{string.Concat(plots.Select(p => ", " + p))} to {dir.FullName}");
    }

    private static string Summary(SimulationResult r)
    {
        var sb = new StringBuilder("item,country,kind,tts_days,tts_days_p5,tts_days_p95,ttr_days,ttr_days_p5,ttr_days_p95,lost_output_pct,lost_output_pct_p5,lost_output_pct_p95,min_output_fraction,min_output_fraction_p5,min_output_fraction_p95\n");
        foreach (var o in r.Outcomes)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{o.Label.Item},{o.Label.Country},{o.Label.Kind}");
            foreach (var s in new[] { o.TtsDays, o.TtrDays, o.LostOutputPct, o.MinOutputFraction })
                sb.Append(CultureInfo.InvariantCulture, $",{N(s.Median)},{N(s.P5)},{N(s.P95)}");
            sb.Append('\n');
        }
        return sb.ToString();
    }

    private static string Series(SimulationResult r)
    {
        var sb = new StringBuilder("item,country,kind,day,date,output_fraction,output_fraction_p5,output_fraction_p95\n");
        foreach (var o in r.Outcomes)
            for (var t = 0; t < o.Series.Count; t++)
                sb.Append(CultureInfo.InvariantCulture,
                    $"{o.Label.Item},{o.Label.Country},{o.Label.Kind},{t},{Format.Date(r.Start.AddDays(t))},{N(o.Series[t])},{N(o.SeriesP5?[t])},{N(o.SeriesP95?[t])}\n");
        return sb.ToString();
    }

    private static string Flows(SimulationResult r)
    {
        var sb = new StringBuilder("item,exporter,importer,day,date,flow_per_day,baseline_per_day\n");
        foreach (var f in r.Flows)
            for (var t = 0; t < f.PerDay.Count; t++)
                sb.Append(CultureInfo.InvariantCulture, $"{f.Key.Item},{f.Key.Exporter},{f.Key.Importer},{t},{Format.Date(r.Start.AddDays(t))},{N(f.PerDay[t])},{N(f.BaselinePerDay)}\n");
        return sb.ToString();
    }

    private static string N(double? v) => v is { } x ? Math.Round(x, 6).ToString("R", CultureInfo.InvariantCulture) : "";
}
