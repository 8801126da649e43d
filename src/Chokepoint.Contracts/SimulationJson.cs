using System.Text.Json.Nodes;
using Chokepoint.Simulation.MonteCarlo;

namespace Chokepoint.Contracts;

/// <summary>
/// The JSON contract of simulate (issue 4): scenario, start, horizon_days, runs, seed, results[] (each with "semantics":
/// made_in for makers in the country, bought_by for its buyers), flows[] with --flows. With runs &gt; 1 the
/// plain fields hold medians and _p5/_p95 fields are added. Numbers are rounded so output is byte-stable.
/// </summary>
public static class SimulationJson
{
    /// <summary>The contract of a simulation result.</summary>
    public static JsonObject Build(SimulationResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var results = new JsonArray();
        var many = r.Runs > 1;
        foreach (var o in r.Outcomes)
        {
            var node = new JsonObject
            {
                ["item"] = o.Label.Item,
                ["country"] = o.Label.Country,
                ["kind"] = o.Label.Kind,
                ["semantics"] = o.Label.Semantics,
            };
            if (o.Label.Plant is { } plant) node["plant"] = plant;
            Add(node, "tts_days", o.TtsDays, 0, many);
            Add(node, "ttr_days", o.TtrDays, 0, many);
            Add(node, "lost_output_pct", o.LostOutputPct, 4, many);
            Add(node, "min_output_fraction", o.MinOutputFraction, 6, many);
            node["output_fraction"] = Series(o.Series);
            if (many)
            {
                node["output_fraction_p5"] = Series(o.SeriesP5!);
                node["output_fraction_p95"] = Series(o.SeriesP95!);
            }
            results.Add(node);
        }
        var json = new JsonObject
        {
            ["scenario"] = r.Scenario,
            ["start"] = ContractJson.Date(r.Start),
            ["horizon_days"] = r.HorizonDays,
            ["runs"] = r.Runs,
            ["seed"] = r.Seed,
            ["results"] = results,
        };
        if (r.Flows.Count > 0) json["flows"] = Flows(r);
        if (r.Notes.Count > 0) json["notes"] = new JsonArray(r.Notes.Distinct().Select(n => (JsonNode)JsonValue.Create(n)).ToArray());
        return json;
    }

    /// <summary>--flows: the daily flow leaving each exporter for each importer, per item (units of the item per day).</summary>
    private static JsonArray Flows(SimulationResult r)
    {
        var array = new JsonArray();
        foreach (var f in r.Flows)
            array.Add(new JsonObject
            {
                ["item"] = f.Key.Item,
                ["exporter"] = f.Key.Exporter,
                ["importer"] = f.Key.Importer,
                ["baseline_per_day"] = Math.Round(f.BaselinePerDay, 6),
                ["per_day"] = Series(f.PerDay),
            });
        return array;
    }

    private static void Add(JsonObject node, string name, Stat s, int digits, bool many)
    {
        node[name] = Value(s.Median, digits);
        if (!many) return;
        node[name + "_p5"] = Value(s.P5, digits);
        node[name + "_p95"] = Value(s.P95, digits);
    }

    private static JsonValue? Value(double? v, int digits) =>
        v is not { } x ? null : digits == 0 ? JsonValue.Create((int)Math.Round(x)) : JsonValue.Create(Math.Round(x, digits));

    private static JsonArray Series(IReadOnlyList<double> values)
    {
        var array = new JsonArray();
        foreach (var v in values) array.Add(Math.Round(v, 6));
        return array;
    }
}
