using System.Text.Json;
using System.Text.Json.Nodes;
using Chokepoint.Application.Tables;
using Chokepoint.Contracts;
using Chokepoint.Model;
using Chokepoint.Simulation.Calibration;
using Chokepoint.Simulation.Prices;
using Chokepoint.Simulation.Scenarios;

namespace Chokepoint.Application.Prices;

/// <summary>The back-test of prices: the modelled outside/inside ratio against every month where both markets were observed, fitted and later months apart.</summary>
public static class PriceBacktest
{
    /// <summary>The table and the JSON (<c>prices</c> of backtest) of a run recorded by <paramref name="probe"/>; null when the model cannot be fitted.</summary>
    public static (Table Table, JsonObject Json)? Score(Dataset dataset, Scenario scenario, PriceProbe probe)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        if (PriceRuns.Fit(dataset, Calibrator.DefaultUntil, out _) is not { } parameters) return null;
        var outcome = PriceRuns.Paths(dataset, scenario, probe, parameters);
        var table = new Table($"{scenario.Name}: outside/inside price ratio, observed and modelled (months where both markets were observed)",
            "item", "month", "fitted", "observed ratio", "modelled ratio", "p5–p95", "error %").Kinds(CellKind.Item, 0).Numeric(3, 4, 6);
        foreach (var r in outcome.Ratio)
            table.Add(r.Item, PriceContracts.Month(r.Month), r.Fitted ? "fitted" : "test", Wording.Format.Number(Math.Round(r.ObservedRatio, 2)), Wording.Format.Number(Math.Round(r.ModelledRatio, 2)),
                $"{Wording.Format.Number(Math.Round(r.ModelledP5, 2))}–{Wording.Format.Number(Math.Round(r.ModelledP95, 2))}", r.ErrorPct.ToString("+0;-0;0", System.Globalization.CultureInfo.InvariantCulture));
        var fitted = PriceRatioScore.MeanAbsErrorPct(outcome.Ratio, true);
        var later = PriceRatioScore.MeanAbsErrorPct(outcome.Ratio, false);
        table.Note("Observed: outside ÷ inside mid-points of observed/prices.csv in the same month (computed). Modelled: ratio of the median paths (computed; 'chokepoint prices ITEM' for the paths).");
        table.Note($"Coefficients {parameters.Basis}. fitted: month on or before {Wording.Format.Date(parameters.Cutoff)}; test: later months, which the fit never saw.");
        table.Note($"Mean absolute ratio error: fitted months {(fitted is { } f ? $"{f:0}%" : "none observed")}; test months {(later is { } l ? $"{l:0}%" : "none observed")}.");
        table.WhenEmpty("no month of the horizon has both markets observed.");
        var json = new JsonObject
        {
            ["parameters"] = JsonSerializer.SerializeToNode(PriceContracts.Parameters(parameters), ContractJsonContext.Default.PriceParametersJson),
            ["ratio"] = JsonSerializer.SerializeToNode(outcome.Ratio.Select(PriceContracts.Ratio).ToList(), ContractJsonContext.Default.ListPriceRatioJson),
            ["ratio_error_fitted_pct"] = fitted is { } x ? Math.Round(x, 2) : null,
            ["ratio_error_later_pct"] = later is { } y ? Math.Round(y, 2) : null,
        };
        return (table, json);
    }
}
