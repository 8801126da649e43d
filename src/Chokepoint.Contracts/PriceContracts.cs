using System.Globalization;
using Chokepoint.Simulation.Prices;

namespace Chokepoint.Contracts;

/// <summary>Builds the price contracts from the model's results (numbers rounded so output is byte-stable).</summary>
public static class PriceContracts
{
    /// <summary>The contract of a modelled path.</summary>
    public static PricePathJson Path(PricePath p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new PricePathJson(p.Item, p.Market, p.Issuer, p.Months.Select(Month).ToList(), Round(p.Median), Round(p.P5), Round(p.P95),
            Month(p.Anchor.Month), p.Anchor.Market, p.Anchor.Source);
    }

    /// <summary>The contract of the coefficients.</summary>
    public static PriceParametersJson Parameters(PriceParameters p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new PriceParametersJson(Math.Round(p.Shortfall, 4), Math.Round(p.Drawdown, 4), Math.Round(p.Regime, 4), Math.Round(p.Blocked, 4), p.Basis, ContractJson.Date(p.Cutoff));
    }

    /// <summary>The contract of an observed point.</summary>
    public static PricePointJson Point(ObservedPoint p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new PricePointJson(Month(p.Month), p.Market, Math.Round(p.UsdPerKg, 4), p.Sources);
    }

    /// <summary>The contract of a ratio point.</summary>
    public static PriceRatioJson Ratio(PriceRatioPoint r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new PriceRatioJson(r.Item, Month(r.Month), Math.Round(r.ObservedRatio, 4), Math.Round(r.ModelledRatio, 4), Math.Round(r.ModelledP5, 4),
            Math.Round(r.ModelledP95, 4), r.Fitted, Math.Round(r.ErrorPct, 2));
    }

    /// <summary>A month as the contracts write it: YYYY-MM.</summary>
    public static string Month(DateOnly d) => d.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static List<double> Round(double[] values) => values.Select(v => Math.Round(v, 4)).ToList();
}
