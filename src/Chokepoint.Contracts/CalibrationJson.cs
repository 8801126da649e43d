using System.Globalization;
using System.Text.Json.Nodes;
using Chokepoint.Simulation.Calibration;

namespace Chokepoint.Contracts;

/// <summary>The JSON contract of calibrate: until, fits[] (measure, items, series, delay, phases, residual, months used), written.</summary>
public static class CalibrationJson
{
    /// <summary>The contract of a calibration.</summary>
    public static JsonObject Build(DateOnly until, IReadOnlyList<SeriesFit> fits, string? written)
    {
        ArgumentNullException.ThrowIfNull(fits);
        var array = new JsonArray();
        foreach (var f in fits)
        {
            var phases = new JsonArray();
            for (var k = 0; k < f.PhaseStarts.Count; k++)
                phases.Add(new JsonObject
                {
                    ["from"] = ContractJson.Date(f.PhaseStarts[k]),
                    ["approval_rate"] = f.Fit?.ApprovalRates[k] is { } a ? Math.Round(a, 4) : null,
                });
            var months = new JsonArray();
            foreach (var (month, observed, modelled) in f.Months)
                months.Add(new JsonObject
                {
                    ["month"] = month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                    ["observed_index"] = Math.Round(observed, 4), ["modelled_index"] = Math.Round(modelled, 4),
                });
            array.Add(new JsonObject
            {
                ["measure"] = f.MeasureId,
                ["items"] = new JsonArray(f.Items.Select(i => (JsonNode?)JsonValue.Create(i)).ToArray()),
                ["series"] = f.SeriesItems, ["exporter"] = f.Exporter, ["importer"] = f.Importer,
                ["status"] = f.Status,
                ["baseline_months"] = new JsonArray(f.BaselineMonths.Select(m => (JsonNode?)JsonValue.Create(m.ToString("yyyy-MM", CultureInfo.InvariantCulture))).ToArray()),
                ["licence_delay_days"] = f.Fit?.DelayDays,
                ["phases"] = phases,
                ["rms_residual"] = f.Fit is { } fit ? Math.Round(fit.RmsResidual, 4) : null,
                ["months_used"] = f.Fit?.MonthsUsed ?? 0,
                ["months"] = months,
                ["sources"] = new JsonArray(f.Sources.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray()),
            });
        }
        return new JsonObject { ["until"] = ContractJson.Date(until), ["fits"] = array, ["written"] = written };
    }
}
