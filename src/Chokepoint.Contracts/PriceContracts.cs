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
        return new PriceParametersJson(Math.Round(p.Shortfall, 4), Math.Round(p.Drawdown, 4), Math.Round(p.Regime, 4),
            p.ItemRegime.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new ItemRegimeJson(kv.Key, Math.Round(kv.Value, 4))).ToList(), Math.Round(p.Blocked, 4), p.Basis, ContractJson.Date(p.Cutoff));
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

    /// <summary>Long-form CSV of paths: item, market, issuer, month, usd_per_kg, usd_per_kg_p5, usd_per_kg_p95 (plain numbers).</summary>
    public static string Csv(IEnumerable<PricePath> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var sb = new System.Text.StringBuilder("item,market,issuer,month,usd_per_kg,usd_per_kg_p5,usd_per_kg_p95\n");
        foreach (var p in paths)
            for (var m = 0; m < p.Months.Count; m++)
                sb.Append(CultureInfo.InvariantCulture, $"{p.Item},{p.Market},{p.Issuer},{Month(p.Months[m])},{Math.Round(p.Median[m], 4)},{Math.Round(p.P5[m], 4)},{Math.Round(p.P95[m], 4)}\n");
        return sb.ToString();
    }

    /// <summary>A month as the contracts write it: YYYY-MM.</summary>
    public static string Month(DateOnly d) => d.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static List<double> Round(double[] values) => values.Select(v => Math.Round(v, 4)).ToList();
}
