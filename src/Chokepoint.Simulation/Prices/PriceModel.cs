using Chokepoint.Simulation.MonteCarlo;

namespace Chokepoint.Simulation.Prices;

/// <summary>
/// The two-market price model: each market's price moves from its anchor (an observed price) by the change of its
/// drivers since the anchor's month, in log points (<see cref="PriceParameters"/>). A month before the horizon has no
/// shortfall, drawdown or blocked exports, and the regime of its date.
/// </summary>
public static class PriceModel
{
    /// <summary>The driver values (shortfall, drawdown, regime, blocked) of run <paramref name="run"/> in <paramref name="month"/>.</summary>
    public static (double S, double D, double R, double X) At(PriceDrivers drivers, PriceRegime regime, int run, DateOnly month)
    {
        ArgumentNullException.ThrowIfNull(drivers);
        ArgumentNullException.ThrowIfNull(regime);
        var m = drivers.MonthIndex(month);
        if (m < 0) return (0, 0, regime.Share(drivers.Item, drivers.Issuer, month.AddDays(14), drivers.ImportWeights), 0);
        var i = (run * drivers.Months.Count) + m;
        return (drivers.Shortfall[i], drivers.Drawdown[i], drivers.Regime[i], drivers.Blocked[i]);
    }

    /// <summary>The monthly path of <paramref name="market"/> over the horizon, anchored on <paramref name="anchor"/>.</summary>
    public static PricePath Path(PriceDrivers drivers, PriceParameters p, PriceRegime regime, string market, PriceAnchor anchor)
    {
        ArgumentNullException.ThrowIfNull(drivers);
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(anchor);
        var months = drivers.Months.Count;
        var (median, p5, p95) = (new double[months], new double[months], new double[months]);
        var values = new double[drivers.Runs];
        var outside = market == Model.ObservedPrice.Outside;
        var baseLog = new double[drivers.Runs];
        for (var r = 0; r < drivers.Runs; r++)
        {
            var a = At(drivers, regime, r, anchor.Month);
            baseLog[r] = outside ? p.OutsideLog(drivers.Item, a.S, a.D, a.R) : p.InsideLog(a.X);
        }
        for (var m = 0; m < months; m++)
        {
            for (var r = 0; r < drivers.Runs; r++)
            {
                var i = (r * months) + m;
                var log = outside ? p.OutsideLog(drivers.Item, drivers.Shortfall[i], drivers.Drawdown[i], drivers.Regime[i]) : p.InsideLog(drivers.Blocked[i]);
                values[r] = anchor.UsdPerKg * Math.Exp(log - baseLog[r]);
            }
            var stat = Percentiles.Of(values);
            (median[m], p5[m], p95[m]) = (stat.Median ?? double.NaN, stat.P5 ?? double.NaN, stat.P95 ?? double.NaN);
        }
        return new PricePath(drivers.Item, market, drivers.Issuer, drivers.Months, median, p5, p95, anchor, anchor.UsdPerKg * Math.Exp(-baseLog[0]));
    }
}
