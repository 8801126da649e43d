using Chokepoint.Analysis.Controls;
using Chokepoint.Model;

namespace Chokepoint.Analysis.Exposure;

/// <summary>
/// Which flows are restricted: the fraction of a flow (supplier → buyer, item) that still passes.
/// A supplier never restricts its own country's use (not an export).
/// </summary>
public abstract class Blockade
{
    /// <summary>Fraction (0–1) of the flow of <paramref name="item"/> from <paramref name="supplier"/> to <paramref name="buyer"/> that passes.</summary>
    public abstract double Pass(string item, string supplier, string buyer);

    /// <summary>Labels of what is blocked (measure ids, or ISSUER:item).</summary>
    public abstract IReadOnlyList<string> Labels { get; }

    /// <summary>
    /// The issuer stops all exports (or only <paramref name="items"/>) at every tier of a supply
    /// chain — embedded content and re-exports included. This is the hypothetical "what if X cuts us off".
    /// </summary>
    public static Blockade From(string issuer, IReadOnlyCollection<string>? items = null) => new IssuerBlockade(issuer, items);

    /// <summary>Exactly what the measures in force on <paramref name="date"/> restrict, each toward its own destinations.</summary>
    /// <param name="approvalRateOverride">Replaces every licence regime's approval rate, 0–1; null keeps each measure's own.</param>
    public static Blockade AsOf(IReadOnlyList<ControlMeasure> registry, DateOnly date, double? approvalRateOverride = null)
    {
        if (approvalRateOverride is { } r && (!double.IsFinite(r) || r < 0 || r > 1))
            throw new ArgumentOutOfRangeException(nameof(approvalRateOverride), r, "approval rate must be between 0 and 1");
        var active = new MeasureResolver(registry).RestrictionsInForce(date).ToList();
        return new MeasureBlockade(active, approvalRateOverride);
    }

    private sealed class IssuerBlockade(string issuer, IReadOnlyCollection<string>? items) : Blockade
    {
        public override double Pass(string item, string supplier, string buyer) =>
            supplier == issuer && buyer != issuer && (items is null || items.Contains(item)) ? 0.0 : 1.0;

        public override IReadOnlyList<string> Labels { get; } =
            items is null ? [$"{issuer}:*"] : items.Select(i => $"{issuer}:{i}").ToList();
    }

    private sealed class MeasureBlockade : Blockade
    {
        private readonly Dictionary<string, List<ControlMeasure>> _byItem = new(StringComparer.Ordinal);
        private readonly double? _override;

        public MeasureBlockade(List<ControlMeasure> active, double? approvalOverride)
        {
            _override = approvalOverride;
            foreach (var m in active)
                foreach (var item in m.Items)
                {
                    if (!_byItem.TryGetValue(item, out var list)) _byItem[item] = list = [];
                    list.Add(m);
                }
            Labels = active.Select(m => m.Id).ToList();
        }

        public override IReadOnlyList<string> Labels { get; }

        public override double Pass(string item, string supplier, string buyer)
        {
            if (supplier == buyer || !_byItem.TryGetValue(item, out var measures)) return 1.0;
            var pass = 1.0;
            foreach (var m in measures)
            {
                // Extraterritorial rules reach re-exports by third countries too; other measures bind their issuer's exports.
                var applies = m.Kind == MeasureKind.Extraterritorial ? m.Targets(buyer) : supplier == m.Issuer && m.Targets(buyer);
                if (!applies) continue;
                var p = m.Kind is MeasureKind.Licence or MeasureKind.Extraterritorial && _override is { } r ? r : m.PassFraction;
                pass = Math.Min(pass, p);
            }
            return pass;
        }
    }
}
