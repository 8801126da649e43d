using Chokepoint.Model;
using MathNet.Numerics.LinearAlgebra;

namespace Chokepoint.Simulation.Prices;

/// <summary>
/// Fits the price model's coefficients to the observed record up to a cut-off: within each item and market, the log
/// change of each observed price from the market's anchor against the change of the drivers of one calibration run
/// (pooled over items). Outside: non-negative least squares over shortfall, drawdown and regime (every subset solved
/// by QR, the best feasible kept); inside: one non-negative slope on blocked exports. Observations after the cut-off
/// are never used.
/// </summary>
public static class PriceFit
{
    /// <summary>Fits on <paramref name="points"/> up to <paramref name="cutoff"/> with the single-run <paramref name="drivers"/> of a calibration scenario.</summary>
    public static PriceParameters Fit(IReadOnlyList<PriceDrivers> drivers, PriceRegime regime, IReadOnlyList<ObservedPoint> points, DateOnly cutoff, string calibration)
    {
        ArgumentNullException.ThrowIfNull(drivers);
        ArgumentNullException.ThrowIfNull(points);
        var outsideRows = new List<(double[] X, double Y)>();
        var outsideItems = new List<string>();
        var insideRows = new List<(double X, double Y)>();
        foreach (var d in drivers)
        {
            foreach (var market in new[] { ObservedPrice.Outside, ObservedPrice.Inside })
            {
                var own = points.Where(p => p.Item == d.Item && p.Market == market && p.Month <= cutoff).OrderBy(p => p.Month).ToList();
                if (own.Count < 2) continue;
                var a = PriceModel.At(d, regime, 0, own[0].Month);
                foreach (var p in own.Skip(1))
                {
                    var v = PriceModel.At(d, regime, 0, p.Month);
                    var y = Math.Log(p.UsdPerKg / own[0].UsdPerKg);
                    if (market == ObservedPrice.Outside) { outsideRows.Add(([v.S - a.S, v.D - a.D, v.R - a.R], y)); outsideItems.Add(d.Item); }
                    else insideRows.Add((-(v.X - a.X), y));
                }
            }
        }
        var outside = NonNegative(outsideRows);
        var sxx = insideRows.Sum(r => r.X * r.X);
        var blocked = sxx > 1e-12 ? Math.Max(0, insideRows.Sum(r => r.X * r.Y) / sxx) : 0;
        var n = outsideRows.Count + insideRows.Count;
        var items = ItemRegime(outsideRows, outsideItems, outside);
        var basis = $"fitted on {n} observed price change(s) up to {cutoff:yyyy-MM-dd} ({outsideRows.Count} outside, {insideRows.Count} inside) with the drivers of '{calibration}'" +
                    (items.Count == 0 ? "" : $"; regime coefficient per item for {string.Join(", ", items.Keys.Order(StringComparer.Ordinal))} (pooled for the rest)");
        return new PriceParameters(outside[0], outside[1], outside[2], blocked, items, basis, n, cutoff);
    }

    /// <summary>Each item's own regime coefficient: the non-negative slope of what the pooled shortfall and drawdown terms leave of its outside changes.</summary>
    private static Dictionary<string, double> ItemRegime(List<(double[] X, double Y)> rows, List<string> items, double[] pooled)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var item in items.Distinct(StringComparer.Ordinal))
        {
            double sxy = 0, sxx = 0;
            for (var i = 0; i < rows.Count; i++)
            {
                if (items[i] != item) continue;
                var (x, y) = rows[i];
                var rest = y - (pooled[0] * x[0]) - (pooled[1] * x[1]);
                sxy += x[2] * rest;
                sxx += x[2] * x[2];
            }
            if (sxx > 1e-9) result[item] = Math.Max(0, sxy / sxx);
        }
        return result;
    }

    /// <summary>Least squares with every coefficient ≥ 0: the best-fitting feasible solution over all subsets of free coefficients.</summary>
    internal static double[] NonNegative(IReadOnlyList<(double[] X, double Y)> rows)
    {
        const int k = 3;
        var best = new double[k];
        var bestSse = rows.Sum(r => r.Y * r.Y);
        for (var mask = 1; mask < 1 << k; mask++)
        {
            var cols = Enumerable.Range(0, k).Where(j => (mask & (1 << j)) != 0).ToArray();
            if (rows.Count < cols.Length) continue;
            var a = Matrix<double>.Build.Dense(rows.Count, cols.Length, (i, j) => rows[i].X[cols[j]]);
            if (a.Rank() < cols.Length) continue;
            var x = a.QR().Solve(Vector<double>.Build.DenseOfEnumerable(rows.Select(r => r.Y)));
            if (x.Any(v => v < 0 || !double.IsFinite(v))) continue;
            var coef = new double[k];
            for (var j = 0; j < cols.Length; j++) coef[cols[j]] = x[j];
            var sse = rows.Sum(r => Math.Pow(r.Y - (coef[0] * r.X[0]) - (coef[1] * r.X[1]) - (coef[2] * r.X[2]), 2));
            if (sse < bestSse - 1e-12) (best, bestSse) = (coef, sse);
        }
        return best;
    }
}
