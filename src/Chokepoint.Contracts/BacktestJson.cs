using System.Globalization;
using System.Text.Json.Nodes;
using Chokepoint.Simulation.Backtest;

namespace Chokepoint.Contracts;

/// <summary>The JSON contract of backtest: scenario, runs, flows[] (observed and modelled index per month), events[], score, notes.</summary>
public static class BacktestJson
{
    /// <summary>The contract of a back-test result.</summary>
    public static JsonObject Build(BacktestResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var flows = new JsonArray();
        foreach (var f in r.Flows)
            flows.Add(new JsonObject
            {
                ["item"] = f.Item, ["exporter"] = f.Exporter, ["importer"] = f.Importer, ["month"] = f.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                ["observed_index"] = Round(f.ObservedIndex, 4), ["modelled_index"] = Round(f.ModelledIndex, 4), ["fitted"] = f.Fitted,
            });
        var outputs = new JsonArray();
        foreach (var o in r.Outputs)
            outputs.Add(new JsonObject
            {
                ["products"] = o.Products, ["country"] = o.Country, ["month"] = o.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                ["measure"] = o.Measure, ["observed_change_pct"] = Round(o.ObservedChangePct, 2), ["observed_loss_pct"] = Round(o.ObservedLossPct, 2),
                ["modelled_loss_pct"] = Round(o.ModelledLossPct, 2), ["fitted"] = o.Fitted,
            });
        var events = new JsonArray();
        foreach (var e in r.Events)
            events.Add(new JsonObject
            {
                ["date"] = e.Date, ["country"] = e.Country, ["product"] = e.Product, ["event"] = e.Event, ["firm"] = e.Firm,
                ["modelled_date"] = e.ModelledDate is { } d ? ContractJson.Date(d) : null, ["hit"] = e.Hit, ["error_days"] = e.ErrorDays,
                ["node"] = e.Node,
            });
        var json = new JsonObject
        {
            ["scenario"] = r.Scenario,
            ["runs"] = r.Runs,
            ["flows"] = flows,
            ["events"] = events,
            ["outputs"] = outputs,
            ["fitted_until"] = r.FittedUntil is { } fu ? ContractJson.Date(fu) : null,
            ["score"] = new JsonObject
            {
                ["events_hit"] = r.Score.EventsHit,
                ["events_total"] = r.Score.EventsTotal,
                ["median_abs_error_days"] = Round(r.Score.MedianAbsErrorDays, 1),
                ["flow_mean_abs_error"] = Round(r.Score.FlowMeanAbsError, 4),
                ["flow_mean_abs_error_fitted"] = Round(r.Score.FlowMeanAbsErrorFitted, 4),
                ["flow_mean_abs_error_after"] = Round(r.Score.FlowMeanAbsErrorAfter, 4),
                ["magnitude_mae_pp"] = Round(r.Score.MagnitudeMaePp, 2),
                ["magnitude_months"] = r.Score.MagnitudeMonths,
            },
        };
        if (r.Notes.Count > 0) json["notes"] = new JsonArray(r.Notes.Select(n => (JsonNode)JsonValue.Create(n)).ToArray());
        return json;
    }

    private static JsonValue? Round(double? v, int digits) => v is { } x ? JsonValue.Create(Math.Round(x, digits)) : null;
}
