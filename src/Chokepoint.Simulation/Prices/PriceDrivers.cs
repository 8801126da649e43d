namespace Chokepoint.Simulation.Prices;

/// <summary>
/// The monthly drivers of an item's two prices over every run (computed from the simulated flows): values of run r in
/// month m at [r × months + m]. Month averages of daily values.
/// </summary>
/// <param name="Issuer">The inside market: the country with the largest baseline output of the item.</param>
/// <param name="Months">First day of each month the horizon touches.</param>
/// <param name="Shortfall">Outside shortfall, 0–1: 1 − supply reaching buyers outside the issuer ÷ its baseline.</param>
/// <param name="Drawdown">Stock drawdown, 0–1: shortfall-days so far ÷ the outside buyers' days of cover (stocks.csv, run's stock factor).</param>
/// <param name="Regime">Licence regime, 0–1: share of outside imports a measure of the issuer reaches (<see cref="PriceRegime"/>).</param>
/// <param name="Blocked">Exports no longer allowed out, 0–1: fall of the issuer's exports below baseline ÷ its baseline output.</param>
/// <param name="ImportWeights">Baseline imports of the item by country outside the issuer, in the item's units per day.</param>
public sealed record PriceDrivers(string Item, string Issuer, IReadOnlyList<DateOnly> Months, int Runs,
    double[] Shortfall, double[] Drawdown, double[] Regime, double[] Blocked, IReadOnlyDictionary<string, double> ImportWeights)
{
    /// <summary>Index of the month holding <paramref name="month"/>, or −1 when outside the horizon.</summary>
    public int MonthIndex(DateOnly month)
    {
        for (var m = 0; m < Months.Count; m++)
            if (Months[m].Year == month.Year && Months[m].Month == month.Month) return m;
        return -1;
    }
}
