using System.Globalization;
using System.Runtime.CompilerServices;
using Chokepoint.Model;
using Chokepoint.Simulation.Calibration;
using Chokepoint.Simulation.Prices;

namespace Chokepoint.Application.Prices;

/// <summary>
/// The price model's regime coefficient of each priced item (observed/prices.csv), as the leverage windfall uses it:
/// fitted once per dataset on the calibration scenario (the fit runs the replay once) and kept with the dataset.
/// Thread-safe.
/// </summary>
public static class RegimeCoefficients
{
    private static readonly ConditionalWeakTable<Dataset, Lazy<PriceParameters?>> Fitted = new();

    /// <summary>
    /// A look-up for <paramref name="dataset"/>: an item's coefficient (log points of the outside price per unit share of
    /// its market reached) and how it was set, or null when the model does not price the item. Fits only when first asked.
    /// </summary>
    public static Func<string, (double K, string How)?> For(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var priced = PriceRuns.Items(dataset).ToHashSet(StringComparer.Ordinal);
        var fit = Fitted.GetValue(dataset, d => new Lazy<PriceParameters?>(() => PriceRuns.Fit(d, Calibrator.DefaultUntil, out _)));
        return item =>
        {
            if (!priced.Contains(item) || fit.Value is not { } p) return null;
            var k = p.RegimeOf(item);
            var how = p.ItemRegime.ContainsKey(item) ? "its own fitted regime coefficient" : "the pooled regime coefficient";
            return (k, $"{how} {k.ToString("0.00", CultureInfo.InvariantCulture)} ({p.Basis})");
        };
    }
}
