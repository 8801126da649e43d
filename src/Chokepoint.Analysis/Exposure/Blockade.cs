using Chokepoint.Analysis.Controls;
using Chokepoint.Model;

namespace Chokepoint.Analysis.Exposure;

/// <summary>
/// Which flows are restricted: the fraction of a flow (supplier → buyer, item) that still passes.
/// A supplier never restricts its own country's use (not an export). Measures that name end uses (a ban on
/// military users) reach a flow only when the blockade is applied to such buyers (<see cref="ForEndUse"/>).
/// </summary>
public abstract class Blockade
{
    /// <summary>Fraction (0–1) of the flow of <paramref name="item"/> from <paramref name="supplier"/> to <paramref name="buyer"/> that passes.</summary>
    public abstract double Pass(string item, string supplier, string buyer);

    /// <summary>Labels of what is blocked (measure ids, or ISSUER:item).</summary>
    public abstract IReadOnlyList<string> Labels { get; }

    /// <summary>End-use class of the buyers this blockade is applied to (<see cref="Names.EndUses"/>); civil by default.</summary>
    public virtual string EndUse => Names.CivilUse;

    /// <summary>True when some measure applies to some end uses only, so that the buyer's class changes the answer.</summary>
    public virtual bool DependsOnEndUse => false;

    /// <summary>The same blockade applied to buyers of end-use class <paramref name="endUse"/> (e.g. military for defence makers).</summary>
    public virtual Blockade ForEndUse(string endUse) => this;

    /// <summary>
    /// The issuer stops all exports (or only <paramref name="items"/>) at every tier of a supply
    /// chain — embedded content and re-exports included. This is the hypothetical "what if X cuts us off".
    /// </summary>
    /// <param name="issuer">The issuing country.</param>
    /// <param name="items">The items stopped; null for every item.</param>
    /// <param name="dataset">Locates plants and firms (a plant in the issuer is the issuer's); null when suppliers are countries only.</param>
    public static Blockade From(string issuer, IReadOnlyCollection<string>? items = null, Dataset? dataset = null) => new IssuerBlockade(issuer, items, dataset);

    /// <summary>Exactly what the measures in force on <paramref name="date"/> restrict, each toward its own destinations.</summary>
    /// <param name="registry">The measures (no review date: recorded dates apply; scope clauses need <see cref="AsOf(Dataset, DateOnly, double?, IReadOnlyList{ControlMeasure}?, ReviewBranch)"/>).</param>
    /// <param name="date">The as-of date.</param>
    /// <param name="approvalRateOverride">Replaces every licence regime's approval rate, 0–1; null keeps each measure's own.</param>
    public static Blockade AsOf(IReadOnlyList<ControlMeasure> registry, DateOnly date, double? approvalRateOverride = null)
    {
        CheckRate(approvalRateOverride);
        var active = new MeasureResolver(registry).RestrictionsInForce(date).ToList();
        return new MeasureBlockade(null, active, date, approvalRateOverride, Names.CivilUse);
    }

    /// <summary>
    /// What the dataset's measures (or <paramref name="measures"/>) restrict on <paramref name="date"/>: status as
    /// reviewed (controls.yaml <c>reviewed_through</c>), each measure's scope clauses, reach and licence phases.
    /// </summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="date">The as-of date.</param>
    /// <param name="approvalRateOverride">Replaces every licence regime's approval rate, 0–1; null keeps each measure's own.</param>
    /// <param name="measures">Only these measures (null: all of the registry).</param>
    /// <param name="branch">After the review date: keep each measure's reviewed status (default) or apply the recorded dates.</param>
    public static Blockade AsOf(Dataset dataset, DateOnly date, double? approvalRateOverride = null, IReadOnlyList<ControlMeasure>? measures = null,
        ReviewBranch branch = ReviewBranch.IfExtended)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        CheckRate(approvalRateOverride);
        var resolver = new MeasureResolver(dataset.Tables.Controls, branch == ReviewBranch.IfExtended ? dataset.Tables.ControlsReviewedThrough : null);
        var active = resolver.RestrictionsInForce(date).Where(m => measures is null || measures.Contains(m)).ToList();
        return new MeasureBlockade(dataset, active, date, approvalRateOverride, Names.CivilUse);
    }

    /// <summary>The country of a supplier or buyer (a plant's or firm's country; an ISO3 as it is).</summary>
    private static string At(Dataset? dataset, string id) => dataset?.LocationOf(id) ?? id;

    private static void CheckRate(double? rate)
    {
        if (rate is { } r && (!double.IsFinite(r) || r < 0 || r > 1))
            throw new ArgumentOutOfRangeException(nameof(rate), r, "approval rate must be between 0 and 1");
    }

    // Re-exports included: with a dataset, a third country that passes on its own supply of an item it cannot make
    // (ScopeReach.Reexported) loses the issuer's share of it, as a measure's clause (b) would cut it.
    private sealed class IssuerBlockade(string issuer, IReadOnlyCollection<string>? items, Dataset? dataset) : Blockade
    {
        private readonly Dictionary<(string Item, string Supplier), double> _reexported = [];

        public override double Pass(string item, string supplier, string buyer)
        {
            if (At(dataset, buyer) == issuer || (items is not null && !items.Contains(item))) return 1.0;
            if (At(dataset, supplier) == issuer) return 0.0;
            if (dataset is null) return 1.0;
            if (!_reexported.TryGetValue((item, supplier), out var share))
                _reexported[(item, supplier)] = share = ScopeReach.Reexported(dataset, issuer, item, supplier);
            return 1.0 - share;
        }

        public override IReadOnlyList<string> Labels { get; } =
            items is null ? [$"{issuer}:*"] : items.Select(i => $"{issuer}:{i}").ToList();
    }

    private sealed class MeasureBlockade : Blockade
    {
        private readonly Dictionary<string, List<ControlMeasure>> _byItem = new(StringComparer.Ordinal);
        private readonly Dictionary<(string Id, string Item, string Supplier), double> _reach = [];
        private readonly Dataset? _dataset;
        private readonly DateOnly _date;
        private readonly double? _override;
        private readonly List<ControlMeasure> _active;

        public MeasureBlockade(Dataset? dataset, List<ControlMeasure> active, DateOnly date, double? approvalOverride, string endUse)
        {
            _dataset = dataset;
            _date = date;
            _override = approvalOverride;
            _active = active;
            EndUse = endUse;
            DependsOnEndUse = active.Any(m => m.IsEndUseSpecific || m.Phases.Any(p => !p.EndUses.Contains(Names.Everyone)));
            foreach (var m in active)
                foreach (var item in m.Items)
                {
                    if (!_byItem.TryGetValue(item, out var list)) _byItem[item] = list = [];
                    list.Add(m);
                }
            Labels = active.Select(m => m.Id).ToList();
        }

        public override IReadOnlyList<string> Labels { get; }

        public override string EndUse { get; }

        public override bool DependsOnEndUse { get; }

        public override Blockade ForEndUse(string endUse) =>
            endUse == EndUse ? this : new MeasureBlockade(_dataset, _active, _date, _override, endUse);

        public override double Pass(string item, string supplier, string buyer)
        {
            var to = At(_dataset, buyer);
            if (At(_dataset, supplier) == to || !_byItem.TryGetValue(item, out var measures)) return 1.0;
            var pass = 1.0;
            foreach (var m in measures)
            {
                if (!m.Targets(to, EndUse)) continue;
                var reach = Reach(m, item, supplier);
                if (reach <= 0) continue;
                var p = m.IsLicenceRegime && _override is { } r ? r : m.PassOn(_date, to, EndUse);
                pass = Math.Min(pass, 1 - (reach * (1 - p)));
            }
            return pass;
        }

        // Without a dataset (registry-only overload) the scope clauses reach every supplier they name.
        private double Reach(ControlMeasure m, string item, string supplier)
        {
            if (_dataset is null)
            {
                if (m.FirmTargets.Count > 0 && !m.FirmTargets.Contains(supplier)) return 0;
                var kind = supplier == m.Issuer ? ScopeKind.Export : ScopeKind.Reexport;
                return (m.ClauseFrom(kind) is { } from && from <= _date ? 1.0 : 0.0) * (m.ReachShare ?? 1.0);
            }
            if (_reach.TryGetValue((m.Id, item, supplier), out var cached)) return cached;
            return _reach[(m.Id, item, supplier)] = ScopeReach.Of(_dataset, m, item, supplier, _date);
        }
    }
}
