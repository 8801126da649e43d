using Chokepoint.Application.Handlers;
using Chokepoint.Application.Inputs;
using Chokepoint.Application.Tables;
using Chokepoint.Application.Wording;
using Chokepoint.Contracts;
using Chokepoint.Model;
using Chokepoint.Simulation.Calibration;
using Chokepoint.Simulation.Compile;
using Chokepoint.Simulation.MonteCarlo;
using Chokepoint.Simulation.Prices;

namespace Chokepoint.Application.Prices;

/// <summary>prices ITEM: observed and modelled prices inside the issuer and outside, side by side, and the ratio scored against the record.</summary>
public static class PricesHandler
{
    /// <summary>Runs the request (a scenario file only when <paramref name="files"/>).</summary>
    public static Answer<PricesJson> Handle(Session s, PricesRequest r, bool files = true)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(r);
        var dataset = s.Dataset;
        var item = Resolve.Item(dataset, r.Item, s.Arg("ITEM", "item")).Id;
        var priced = PriceRuns.Items(dataset);
        if (!priced.Contains(item))
            throw new RequestException(s.Arg("ITEM", "item"), $"no observed price of '{item}' in observed/prices.csv; expected one of {(priced.Count == 0 ? "(none)" : string.Join(", ", priced))}", ErrorKind.NotFound);
        Resolve.Range(r.Runs, s.P("runs"), 1, PriceRuns.MaxRuns);
        var loaded = ScenarioLoader.Load(s, string.IsNullOrWhiteSpace(r.Scenario) ? PriceRuns.CalibrationScenario : r.Scenario, s.P("scenario"), files);
        var parameters = PriceRuns.Fit(dataset, Calibrator.DefaultUntil, out var why)
            ?? throw new RequestException(s.Arg("ITEM", "item"), $"the price model cannot be fitted: {why}", ErrorKind.InvalidData);
        var compiled = NetworkCompiler.Compile(dataset, loaded.Scenario);
        var probe = PriceRuns.Probe(dataset, compiled, r.Runs, false)!;
        if (!compiled.Network.ItemIds.Contains(item))
            throw new RequestException(s.Arg("ITEM", "item"), $"'{item}' is not in the network of '{loaded.Label}' (no demand the scenario follows uses it); expected an item the scenario reaches");
        Simulator.Run(compiled, new SimulationOptions(r.Runs, r.Seed), probe);
        var outcome = PriceRuns.Paths(dataset, loaded.Scenario, probe, parameters, item);
        return new(Json(item, loaded.Label, r.Runs, outcome), [Table(item, loaded.Label, r.Runs, outcome)]);
    }

    /// <summary>The contract of an outcome for one item.</summary>
    public static PricesJson Json(string item, string scenario, int runs, PriceOutcome o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var issuer = o.Paths.Count > 0 ? o.Paths[0].Issuer : "";
        return new PricesJson(item, scenario, issuer, runs, PriceContracts.Parameters(o.Parameters), o.Observed.Select(PriceContracts.Point).ToList(),
            o.Paths.Select(PriceContracts.Path).ToList(), o.Ratio.Select(PriceContracts.Ratio).ToList(),
            Round(PriceRatioScore.MeanAbsErrorPct(o.Ratio, true)), Round(PriceRatioScore.MeanAbsErrorPct(o.Ratio, false)), [.. Notes(item, o)]);
    }

    /// <summary>Month by month: observed and modelled (median, p5–p95) in each market, and the outside/inside ratio.</summary>
    public static Table Table(string item, string scenario, int runs, PriceOutcome o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var inside = o.Paths.FirstOrDefault(p => p.Market == ObservedPrice.Inside);
        var outside = o.Paths.FirstOrDefault(p => p.Market == ObservedPrice.Outside);
        var issuer = inside?.Issuer ?? outside?.Issuer ?? "issuer";
        var table = new Table($"{item}: prices inside {issuer} and outside, observed and modelled under {scenario} (USD/kg; median and p5–p95 of {runs} run(s))",
            "month", $"observed in {issuer}", $"modelled in {issuer}", "observed outside", "modelled outside", "ratio observed", "ratio modelled")
            .Numeric(1, 2, 3, 4, 5, 6);
        var months = (outside ?? inside)?.Months ?? [];
        var all = months.Concat(o.Observed.Select(p => p.Month)).Distinct().Order().ToList();
        foreach (var m in all)
        {
            var oi = o.Observed.FirstOrDefault(p => p.Market == ObservedPrice.Inside && p.Month == m);
            var oo = o.Observed.FirstOrDefault(p => p.Market == ObservedPrice.Outside && p.Month == m);
            var ratio = o.Ratio.FirstOrDefault(p => p.Month == m);
            table.Add(PriceContracts.Month(m), Usd(oi?.UsdPerKg), Modelled(inside, m), Usd(oo?.UsdPerKg), Modelled(outside, m),
                oi is not null && oo is not null ? Format.Number(Math.Round(oo.UsdPerKg / oi.UsdPerKg, 2)) : "",
                ratio is null ? "" : $"{Format.Number(Math.Round(ratio.ModelledRatio, 2))} ({(ratio.ErrorPct >= 0 ? "+" : "")}{ratio.ErrorPct:0}%{(ratio.Fitted ? ", fitted" : ", later")})");
        }
        foreach (var n in Notes(item, o)) table.Note(n);
        table.WhenEmpty("no observed or modelled price.");
        return table;
    }

    private static IEnumerable<string> Notes(string item, PriceOutcome o)
    {
        var p = o.Parameters;
        // The fall is written with its sign; a coefficient of 0 is "0", not "−0".
        var blocked = $"{p.Blocked:0.###}";
        yield return "Observed: mid-points of the ranges in observed/prices.csv, converted to USD/kg (computed); sources: " +
                     string.Join(", ", o.Observed.SelectMany(x => x.Sources).Distinct(StringComparer.Ordinal)) + ".";
        yield return $"Modelled (computed): ln P_out moves by {p.Shortfall:0.###} × outside shortfall + {p.Drawdown:0.###} × stock drawdown + {p.RegimeOf(item):0.###} × licence regime share ({(p.ItemRegime.ContainsKey(item) ? "this item's own" : "pooled")}); " +
                     $"ln P_in by {(blocked == "0" ? "0" : "−" + blocked)} × exports no longer allowed out (share of the issuer's output). Coefficients {p.Basis}.";
        yield return "Each path starts from the market's first observed price; the inside market is the item's largest producer in the network.";
        var fitted = PriceRatioScore.MeanAbsErrorPct(o.Ratio, true);
        var later = PriceRatioScore.MeanAbsErrorPct(o.Ratio, false);
        yield return $"Ratio error (modelled ÷ observed − 1, mean absolute): fitted months {(fitted is { } f ? $"{f:0}%" : "none observed")}; later months {(later is { } l ? $"{l:0}%" : "none observed")} (cut-off {Format.Date(p.Cutoff)}).";
        foreach (var n in o.Notes.Distinct()) yield return n;
    }

    private static string Modelled(PricePath? p, DateOnly month)
    {
        if (p is null) return "";
        var m = p.Months.ToList().IndexOf(month);
        if (m < 0) return "";
        return Math.Abs(p.P95[m] - p.P5[m]) > 1e-9 * Math.Abs(p.Median[m]) ? $"{Usd(p.Median[m])} ({Usd(p.P5[m])}–{Usd(p.P95[m])})" : Usd(p.Median[m]);
    }

    private static string Usd(double? x) => x is { } v ? Format.Quantity(v) : "";

    private static double? Round(double? x) => x is { } v ? Math.Round(v, 2) : null;
}
