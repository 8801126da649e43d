using Chokepoint.Model;

namespace Chokepoint.Analysis.Exposure;

/// <summary>The tier tree (<see cref="ExposureTree"/>), read off the same memoised figures as the result.</summary>
public sealed partial class ExposureAnalysis
{
    private const double Tiny = 1e-9;
    private const int MaxDepth = 12;
    private const int SuppliersShown = 6;

    /// <summary>
    /// The tree behind <see cref="Analyse"/> (or <see cref="AnalyseMadeIn"/> when <paramref name="madeIn"/>): producers by share,
    /// what passes, their requirements and, for every short essential input, where it comes from — down to what is blocked.
    /// Producers that lose nothing are counted, not listed; opening stops after <paramref name="maxNodes"/> nodes.
    /// </summary>
    /// <param name="item">Item id.</param>
    /// <param name="country">The importer (bought by) or the makers' country (made in).</param>
    /// <param name="madeIn">True for the makers located in <paramref name="country"/>.</param>
    /// <param name="maxNodes">Node budget, at least 1.</param>
    public ExposureTree Tree(string item, string country, bool madeIn, int maxNodes = 400)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxNodes, 1);
        var own = For(item, country);
        var budget = new Budget(maxNodes);
        if (madeIn)
        {
            var path = own.ProducerLimitingPath(item, country);
            var root = own.Makers(item, country, country, 1, 1, budget, path, 0, 0) with { Limiting = path.Count > 1 };
            return new ExposureTree(null, root, path, budget.Cut);
        }
        var bought = own.LimitingPath(item, country);
        return new ExposureTree(own.Delivered(item, country, budget, bought, 0, 0) with { Limiting = bought.Count > 1 }, null, bought, budget.Cut);
    }

    private TierItem Delivered(string item, string buyer, Budget budget, IReadOnlyList<string> path, int onPath, int depth)
    {
        var available = Available(item, buyer);
        var mix = SourcingMix.Of(_dataset, item, buyer);
        if (mix.Count == 0) return new TierItem(item, buyer, available, [], new TierOthers(0, 0, 0)) { NoProducers = true };
        // The limiting producer, chosen as LimitingPath chooses it: the largest input shortage among flows that pass.
        string? worst = null;
        if (onPath >= 0 && onPath + 1 < path.Count)
        {
            var worstLoss = 1e-12;
            foreach (var s in mix)
            {
                if (_blockade.Pass(item, s.Country, buyer) <= 0) continue;
                var loss = s.Fraction * (1 - ProducerAvailability(item, s.Country));
                if (loss > worstLoss) { worstLoss = loss; worst = s.Country; }
            }
        }
        var rows = mix.Select(s => (s, Pass: _blockade.Pass(item, s.Country, buyer), Makers: ProducerAvailability(item, s.Country)))
            .Select(x => (x.s, x.Pass, x.Makers, Lost: x.s.Fraction * (1 - (x.Pass * x.Makers))))
            .OrderByDescending(x => x.s.Country == worst).ThenByDescending(x => x.Lost).ToList();
        var shown = new List<TierSupplier>();
        var others = new TierOthers(0, 0, 0);
        foreach (var x in rows)
        {
            if (x.Lost <= Tiny || shown.Count >= SuppliersShown || !budget.Take())
            {
                others = new TierOthers(others.Count + 1, others.Fraction + x.s.Fraction, others.Delivered + (x.s.Fraction * x.Pass * x.Makers));
                continue;
            }
            var limiting = x.s.Country == worst;
            shown.Add(Makers(item, x.s.Country, buyer, x.s.Fraction, x.Pass, budget, path, limiting ? onPath : -1, depth) with { Limiting = limiting });
        }
        return new TierItem(item, buyer, available, shown, others);
    }

    // A producer of item: its requirements, each opened (where it comes from) when it is short and essential.
    private TierSupplier Makers(string item, string producer, string buyer, double fraction, double pass, Budget budget, IReadOnlyList<string> path, int onPath, int depth)
    {
        var makers = ProducerAvailability(item, producer);
        var inputs = new List<TierInput>();
        if (makers < 1 - Tiny && depth < MaxDepth)
        {
            var requirements = RecipeGroups.Of(_dataset, item);
            double lowest = double.MaxValue;
            var binding = -1;
            var chosen = new List<(RecipeLine Line, double Available)>();
            for (var i = 0; i < requirements.Count; i++)
            {
                var r = requirements[i];
                var best = (Line: r.InUse, Available: InputAvailable(item, r.InUse.Input, producer));
                foreach (var line in r.Alternatives)
                {
                    var a = InputAvailable(item, line.Input, producer);
                    if (a > best.Available + 1e-12) best = (line, a);
                }
                chosen.Add(best);
                if (r.InUse.Essential && best.Available < lowest) { lowest = best.Available; binding = i; }
            }
            var next = onPath >= 0 && onPath + 1 < path.Count ? path[onPath + 1] : null;
            for (var i = 0; i < requirements.Count; i++)
            {
                if (!budget.Take()) break;
                var (line, available) = chosen[i];
                var essential = requirements[i].InUse.Essential;
                var limiting = next is not null && (requirements[i].InUse.Input == next || line.Input == next);
                next = limiting ? null : next;
                var detail = essential && available < 1 - Tiny
                    ? Delivered(line.Input, producer, budget, path, limiting ? onPath + 1 : -1, depth + 1) with { Limiting = limiting }
                    : null;
                var switched = line == requirements[i].InUse ? null : requirements[i].InUse.Input;
                inputs.Add(new TierInput(line.Input, essential, switched, available, i == binding, detail) { Limiting = limiting });
            }
        }
        else if (makers < 1 - Tiny)
        {
            budget.Stop();
        }
        return new TierSupplier(producer, _dataset.LocationOf(producer), fraction, pass, makers, inputs);
    }

    private sealed class Budget(int nodes)
    {
        private int _left = nodes;

        public bool Cut { get; private set; }

        public bool Take()
        {
            if (_left > 0) { _left--; return true; }
            Cut = true;
            return false;
        }

        public void Stop() => Cut = true;
    }
}
