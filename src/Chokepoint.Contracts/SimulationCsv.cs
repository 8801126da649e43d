using System.Globalization;
using System.Text;
using Chokepoint.Simulation.MonteCarlo;

namespace Chokepoint.Contracts;

/// <summary>The CSV forms of a simulation result: one row per node (results.csv) and the daily series in long form (series.csv).</summary>
public static class SimulationCsv
{
    /// <summary>results.csv: medians and p5/p95 of TTS, TTR, lost output and minimum output per node.</summary>
    public static string Summary(SimulationResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
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

    /// <summary>series.csv: one row per node and day with the output fraction (median, p5, p95).</summary>
    public static string Series(SimulationResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var sb = new StringBuilder("item,country,kind,day,date,output_fraction,output_fraction_p5,output_fraction_p95\n");
        foreach (var o in r.Outcomes)
            for (var t = 0; t < o.Series.Count; t++)
                sb.Append(CultureInfo.InvariantCulture,
                    $"{o.Label.Item},{o.Label.Country},{o.Label.Kind},{t},{ContractJson.Date(r.Start.AddDays(t))},{N(o.Series[t])},{N(o.SeriesP5?[t])},{N(o.SeriesP95?[t])}\n");
        return sb.ToString();
    }

    /// <summary>flows.csv (simulate --flows): one row per flow (item, exporter, importer) and day, in the item's units per day.</summary>
    public static string Flows(SimulationResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var sb = new StringBuilder("item,exporter,importer,day,date,flow_per_day,baseline_per_day\n");
        foreach (var f in r.Flows)
            for (var t = 0; t < f.PerDay.Count; t++)
                sb.Append(CultureInfo.InvariantCulture, $"{f.Key.Item},{f.Key.Exporter},{f.Key.Importer},{t},{ContractJson.Date(r.Start.AddDays(t))},{N(f.PerDay[t])},{N(f.BaselinePerDay)}\n");
        return sb.ToString();
    }

    private static string N(double? v) => v is { } x ? Math.Round(x, 6).ToString("R", CultureInfo.InvariantCulture) : "";
}
