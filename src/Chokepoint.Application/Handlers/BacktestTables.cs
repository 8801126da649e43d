using System.Globalization;
using Chokepoint.Application.Tables;
using Chokepoint.Application.Wording;
using Chokepoint.Simulation.Backtest;

namespace Chokepoint.Application.Handlers;

/// <summary>The tables of a back-test, as 'chokepoint backtest' prints them and the stress page shows them.</summary>
public static class BacktestTables
{
    /// <summary>Observed and modelled flows by month (the first table of 'chokepoint backtest').</summary>
    public static Table Flows(BacktestResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var table = new Table($"{r.Scenario}: observed and modelled flows (index: 1 = mean of the months before the first measure on the flow)",
            "item", "from", "to", "month", "fitted", "observed", "modelled", "difference");
        table.Numeric(5, 6, 7);
        foreach (var f in r.Flows)
            table.Add(f.Item, f.Exporter, f.Importer, f.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), f.Fitted ? "fitted" : "test", Idx(f.ObservedIndex), Idx(f.ModelledIndex),
                f.ObservedIndex is { } o && f.ModelledIndex is { } m ? (m - o).ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) : "-");
        table.Note("Observed: customs exports (observed/flows.csv). Modelled: flow leaving the exporter's border, summed over the month" + (r.Runs > 1 ? $" (median of {r.Runs} runs)." : "."));
        table.Note(r.FittedUntil is { } u
            ? $"fitted: the month ends on or before {Format.Date(u)}, the cut-off the registry's phases were fitted to ('chokepoint calibrate'); test: later months."
            : "No phase of the scenario's measures is fitted ('chokepoint calibrate'): every month is a test month.");
        foreach (var n in r.Notes) table.Note(n);
        return table;
    }

    /// <summary>Observed output change and modelled lost output by country and month.</summary>
    public static Table Outputs(BacktestResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var inv = CultureInfo.InvariantCulture;
        var table = new Table($"{r.Scenario}: observed output change and modelled lost output (percentage points)",
            "country", "products", "month", "fitted", "observed change %", "observed loss", "modelled loss", "error");
        table.Numeric(4, 5, 6, 7);
        foreach (var o in r.Outputs)
            table.Add(o.Country, o.Products, o.Month.ToString("yyyy-MM", inv), o.Fitted ? "fitted" : "test", Pp(o.ObservedChangePct), Pp(o.ObservedLossPct), Pp(o.ModelledLossPct),
                o.ObservedLossPct is { } ob && o.ModelledLossPct is { } mo ? (mo - ob).ToString("+0.0;-0.0;0.0", inv) : "-");
        table.Note("Observed (observed/output.csv): the published change from the same month a year before; loss = max(0, -change), an upper bound of the controls' effect.");
        table.Note("Modelled: 1 - the month's mean output fraction of the products made in the country" + (r.Runs > 1 ? $" (median series of {r.Runs} runs)." : "."));
        table.Note($"Magnitude: mean |error| {(r.Score.MagnitudeMaePp is { } m ? m.ToString("0.0", inv) + " pp" : "-")} over {r.Score.MagnitudeMonths} month(s).");
        return table;
    }

    private static string Pp(double? v) => v is { } x ? x.ToString("0.0", CultureInfo.InvariantCulture) : "-";

    /// <summary>Observed events and the model's dates, with the score (the table the stress page shows under a back-test).</summary>
    public static Table Events(BacktestResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var s = r.Score;
        var table = new Table($"{r.Scenario}: observed events and the model's dates (hit: within ±{Backtester.HitWindowDays} days)",
            "date", "country", "product", "event", "firm", "modelled", "error days", "hit");
        table.Numeric(6);
        foreach (var e in r.Events)
            table.Add(e.Date, e.Country, e.Product, e.Event, e.Firm, e.ModelledDate is { } d ? Format.Date(d) : "none",
                e.ErrorDays is { } x ? x.ToString("+0;-0;0", CultureInfo.InvariantCulture) : "-", e.Hit is { } h ? (h ? "yes" : "no") : "not scored");
        table.Note("Modelled: TTS of the makers in the country for 'short' (warned: shown, not scored); first return to >= 99.5% of baseline after it for 'resumed'.");
        table.Note($"Score: {s.EventsHit} of {s.EventsTotal} events hit; median |error| {(s.MedianAbsErrorDays is { } md ? md.ToString("0.#", CultureInfo.InvariantCulture) + " days" : "-")}; " +
                   $"flow mean |error| {Idx3(s.FlowMeanAbsError)} (fitted months {Idx3(s.FlowMeanAbsErrorFitted)}, later months {Idx3(s.FlowMeanAbsErrorAfter)}; index points); " +
                   $"magnitude mean |error| {(s.MagnitudeMaePp is { } mp ? mp.ToString("0.0", CultureInfo.InvariantCulture) + " pp" : "-")}.");
        return table;
    }

    private static string Idx3(double? v) => v is { } x ? x.ToString("0.000", CultureInfo.InvariantCulture) : "-";

    private static string Idx(double? v) => v is { } x ? x.ToString("0.00", CultureInfo.InvariantCulture) : "-";
}
