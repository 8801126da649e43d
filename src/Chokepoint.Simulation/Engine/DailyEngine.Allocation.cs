namespace Chokepoint.Simulation.Engine;

/// <summary>
/// What happens to an item's supply after the edge pass (equations in docs/model.md): the issuer's makers get what it no
/// longer exports, lost supply is refilled from unrestricted producers' spare and growing capacity, and priority buyers
/// are served first within their country's pool.
/// </summary>
public sealed partial class DailyEngine
{
    /// <summary>Allocates the supply of item <paramref name="k"/> on day <paramref name="t"/> after its slots' arrivals were summed.</summary>
    private void Allocate(int k, int t)
    {
        if (_n.ItemDomesticStart[k + 1] > _n.ItemDomesticStart[k]) ServeDomestic(k);
        Reallocate(k, t);
        if (_n.ItemPoolStart[k + 1] > _n.ItemPoolStart[k]) ServePriority(k);
    }

    /// <summary>
    /// A producer whose exports are held back by measures (its own country's) offers what it made but could not ship to the
    /// buyers of its item in its own country, up to their shortfall, pro rata to it.
    /// </summary>
    private void ServeDomestic(int k)
    {
        for (var p = _n.ItemDomesticStart[k]; p < _n.ItemDomesticStart[k + 1]; p++)
        {
            var j = _n.DomesticProducers[p];
            var e0 = _n.NodeExportStart[j];
            var e1 = _n.NodeExportStart[j + 1];
            var d0 = _n.NodeDomesticStart[j];
            var d1 = _n.NodeDomesticStart[j + 1];
            if (e0 == e1 || d0 == d1) continue;
            var held = 0.0;
            for (var e = e0; e < e1; e++) held += _n.ExportFlow[e] * (1.0 - _departPass[_n.ExportGroup[e]]);
            var freed = held * _frac[j];
            if (freed <= 0) continue;
            var shortfall = 0.0;
            for (var i = d0; i < d1; i++)
            {
                var s = _n.DomesticSlots[i];
                var gap = _n.SlotBaseline[s] - _arrivals[s];
                if (gap > 0) shortfall += gap;
            }
            if (shortfall <= 0) continue;
            var filled = Math.Min(1.0, freed / shortfall);
            for (var i = d0; i < d1; i++)
            {
                var s = _n.DomesticSlots[i];
                var gap = _n.SlotBaseline[s] - _arrivals[s];
                if (gap > 0) _arrivals[s] += filled * gap;
            }
        }
    }

    /// <summary>Refills the lost supply of item <paramref name="k"/> pro rata from unrestricted producers' spare and expanding capacity and the capacity projects online by day <paramref name="t"/>.</summary>
    private void Reallocate(int k, int t)
    {
        var s0 = _n.ItemSlotStart[k];
        var s1 = _n.ItemSlotStart[k + 1];
        var lost = 0.0;
        var total = 0.0;
        for (var s = s0; s < s1; s++)
        {
            var gap = _n.SlotBaseline[s] - _arrivals[s];
            if (gap > 0) lost += gap;
            total += _n.SlotBaseline[s];
        }
        if (lost <= total * 1e-12) return;
        var spare = _n.ItemSpareFraction[k];
        var days = _expansionDays[k];
        var ramp = days < 0 ? 0.0 : days == 0 ? 1.0 : Math.Min(1.0, t / days);
        var projects = 0.0;
        for (var p = _n.ItemProjectStart[k]; p < _n.ItemProjectStart[k + 1]; p++)
            if (_n.ProjectDay[p] <= t) projects += _n.ProjectFraction[p];
        if (spare <= 0 && ramp <= 0 && projects <= 0) return;
        var freeBaseline = 0.0;
        var ableBaseline = 0.0;
        for (var j = _n.ItemNodeStart[k]; j < _n.ItemNodeStart[k + 1]; j++)
        {
            if (_groupPass[_n.NodeIssuerGroup[j]] < 1.0) continue;
            freeBaseline += _n.Baseline[j];
            if (_frac[j] >= 1.0 - 1e-12) ableBaseline += _n.Baseline[j];
        }
        if (freeBaseline <= 0) return;
        // Dated projects (expansion.csv) are the known part of the generic build-up: the larger of the two counts, never both.
        // A project adds its fraction of world output to the item's modelled use (total), its share of the new capacity.
        var headroom = (spare * ableBaseline) + Math.Max(ramp * lost * ableBaseline / freeBaseline, projects * total);
        var filled = Math.Min(1.0, headroom / lost);
        for (var s = s0; s < s1; s++)
        {
            var gap = _n.SlotBaseline[s] - _arrivals[s];
            if (gap > 0) _arrivals[s] += filled * gap;
        }
    }

    /// <summary>
    /// In each pool (the item's buyers in one country where some have priority), priority slots take what arrived in the pool
    /// first, up to their baseline need, pro rata to it; the others share the rest pro rata to what reached them.
    /// </summary>
    private void ServePriority(int k)
    {
        for (var p = _n.ItemPoolStart[k]; p < _n.ItemPoolStart[k + 1]; p++)
        {
            var a = _n.PoolSlotStart[p];
            var b = _n.PoolSlotStart[p + 1];
            double pool = 0, priorityNeed = 0, priorityGot = 0, otherGot = 0;
            for (var i = a; i < b; i++)
            {
                var s = _n.PoolSlots[i];
                pool += _arrivals[s];
                if (_n.SlotPriority[s]) { priorityNeed += _n.SlotBaseline[s]; priorityGot += _arrivals[s]; }
                else otherGot += _arrivals[s];
            }
            if (priorityGot >= priorityNeed || priorityNeed <= 0) continue;
            var toPriority = Math.Min(pool, priorityNeed);
            var rest = pool - toPriority;
            var otherShare = otherGot > 0 ? rest / otherGot : 0.0;
            for (var i = a; i < b; i++)
            {
                var s = _n.PoolSlots[i];
                _arrivals[s] = _n.SlotPriority[s] ? toPriority * _n.SlotBaseline[s] / priorityNeed : _arrivals[s] * otherShare;
            }
        }
    }
}
