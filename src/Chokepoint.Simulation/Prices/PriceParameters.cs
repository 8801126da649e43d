namespace Chokepoint.Simulation.Prices;

/// <summary>
/// Coefficients of the two-market price model (docs/model.md, "Prices"), in log points per unit of each driver:
/// ln P_out moves by <see cref="Shortfall"/> × outside shortfall + <see cref="Drawdown"/> × stock drawdown +
/// <see cref="Regime"/> × licence regime share; ln P_in moves by −<see cref="Blocked"/> × exports no longer allowed out.
/// All ≥ 0.
/// </summary>
/// <param name="ItemRegime">Regime coefficient of each item whose own outside prices up to the cut-off fix it (the pooled <see cref="Regime"/> serves the rest).</param>
/// <param name="Basis">Where the coefficients come from (e.g. "fitted on 5 observations up to 2025-09-30").</param>
/// <param name="Observations">Price observations the fit used (0 when not fitted).</param>
/// <param name="Cutoff">Last month of data the fit could use.</param>
public sealed record PriceParameters(double Shortfall, double Drawdown, double Regime, double Blocked, IReadOnlyDictionary<string, double> ItemRegime, string Basis, int Observations, DateOnly Cutoff)
{
    /// <summary>The regime coefficient of <paramref name="item"/>: its own when fitted, else the pooled one.</summary>
    public double RegimeOf(string item) => ItemRegime.TryGetValue(item, out var c) ? c : Regime;

    /// <summary>Outside price change of <paramref name="item"/> in log points for the given driver values.</summary>
    public double OutsideLog(string item, double shortfall, double drawdown, double regime) => (Shortfall * shortfall) + (Drawdown * drawdown) + (RegimeOf(item) * regime);

    /// <summary>Inside price change in log points for the given share of blocked exports.</summary>
    public double InsideLog(double blocked) => -Blocked * blocked;
}
