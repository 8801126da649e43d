using Chokepoint.Analysis.Concentration;
using Chokepoint.Analysis.Controls;
using Chokepoint.Model;
using Chokepoint.Simulation.Network;
using Chokepoint.Simulation.Scenarios;

namespace Chokepoint.Simulation.Compile;

/// <summary>
/// Compiles a dataset and a scenario into a <see cref="SupplyNetwork"/>: final demand pushed up the recipes
/// (top level first), split over suppliers by each buyer's sourcing mix, plus an "other uses" sink per item whose
/// world output is known (production.csv quantity), so that modelled uses compete with the rest of the market.
/// </summary>
public static partial class NetworkCompiler
{
    /// <summary>Compiles <paramref name="scenario"/> (already checked against <paramref name="dataset"/>).</summary>
    public static CompiledScenario Compile(Dataset dataset, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(scenario);
        return new Compilation(dataset, scenario).Run();
    }

    private sealed partial class Compilation(Dataset dataset, Scenario scenario)
    {
        private readonly SourcingMix _mix = new(dataset);
        private readonly StockLookup _stocks = new(dataset, scenario.Stocks);
        private readonly TransitLookup _transit = new(dataset);
        private readonly Dictionary<(string Item, string Country), int> _producer = [];
        private readonly Dictionary<string, List<int>> _producersOf = new(StringComparer.Ordinal);
        private readonly List<string> _notes = [];
        private readonly List<(string Product, string Country, string Basis)> _demandMix = [];
        private NetworkBuilder _b = null!;
        private MeasureSet _measures = null!;
        private SourcingRules _rules = null!;
        private Dictionary<string, int> _index = null!;

        public CompiledScenario Run()
        {
            var demand = FollowedDemand();
            var levels = ItemLevels(demand.Select(d => d.Product));
            var items = levels.Keys.Order(StringComparer.Ordinal).ToList();
            _b = new NetworkBuilder(items, items.Select(i => levels[i]).ToList());
            var index = items.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
            _index = index;
            SetExpansion(items);
            _measures = new MeasureSet(dataset, scenario, _b);
            _rules = new SourcingRules(dataset, scenario, _b);

            foreach (var (product, country, perDay) in demand)
            {
                var sink = _b.AddSink(index[product], perDay, new NodeLabel(product, country, NodeLabel.DemandKind));
                var slot = Slot(sink, product, 1.0, true, country, null);
                SourceFinalDemand(slot, product, country, perDay, index);
            }
            foreach (var item in items.OrderByDescending(i => levels[i]).ThenBy(i => i, StringComparer.Ordinal))
            {
                AddOtherUses(item, index);
                if (!_producersOf.TryGetValue(item, out var producers)) continue;
                foreach (var j in producers.ToList())
                {
                    var output = _b.BaselineOf(j);
                    if (output <= 0) continue;
                    var country = _b.Labels[j].Country;
                    foreach (var line in dataset.InputsOf(item))
                    {
                        if (RecipeGroups.IsStandby(line)) continue;
                        if (dataset.QualifiedOf(item, line.Input, dataset.LocationOf(country)) is { } rule)
                        {
                            SourceQualified(j, item, line, rule, country, output, index);
                            continue;
                        }
                        var slot = Slot(j, line.Input, line.Quantity, line.Essential, country, item);
                        Source(slot, line.Input, country, output * line.Quantity, index, item);
                        AddAlternatives(j, slot, item, line, index);
                    }
                }
            }
            foreach (var g in _demandMix.GroupBy(m => (m.Product, m.Basis)))
                _notes.Add($"{g.Key.Product} bought in {string.Join(", ", g.Select(m => m.Country).Distinct())}: {g.Key.Basis}");
            var network = _b.Build(scenario.HorizonDays);
            NetworkLimits.Check(network);
            var reported = new List<int>();
            for (var n = 0; n < network.NodeCount; n++)
                if (network.Labels[n].Kind is NodeLabel.DemandKind or "product" || network.Labels[n].Plant is not null) reported.Add(n);
            return new CompiledScenario(scenario, network, reported, _notes);
        }

        private List<(string Product, string Country, double PerDay)> FollowedDemand()
        {
            if (scenario.Demand is null)
                return dataset.Tables.Demand.Select(d => (d.Product, d.Country, d.UnitsPerYear / 365.0)).ToList();
            return scenario.Demand.Select(s =>
            {
                var units = s.UnitsPerYear ?? dataset.Tables.Demand.Last(d => d.Product == s.Product && d.Country == s.Country).UnitsPerYear;
                return (s.Product, s.Country, units / 365.0);
            }).ToList();
        }

        /// <summary>Level of every item reachable from the products: 0 without inputs, else 1 + the highest input level.</summary>
        private Dictionary<string, int> ItemLevels(IEnumerable<string> products)
        {
            var levels = new Dictionary<string, int>(StringComparer.Ordinal);
            int Level(string item)
            {
                if (levels.TryGetValue(item, out var l)) return l;
                var inputs = dataset.InputsOf(item);
                var level = 0;
                foreach (var line in inputs) level = Math.Max(level, Level(line.Input) + 1);
                return levels[item] = level;
            }
            foreach (var p in products) Level(p);
            return levels;
        }

        private void SetExpansion(List<string> items)
        {
            var rows = dataset.Tables.Expansion.Where(e => e.Project is null).GroupBy(e => e.Item).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
            for (var k = 0; k < items.Count; k++)
            {
                var row = scenario.Expansion.TryGetValue(items[k], out var o) ? o : rows.GetValueOrDefault(items[k]);
                _b.Projects[k].AddRange(CapacityProjects.Schedule(dataset, scenario, items[k], _notes));
                if (row is null) continue;
                _b.SpareFraction[k] = row.SpareCapacityPct / 100.0;
                _b.ExpansionDays[k] = row.ExpansionDays;
            }
        }

        /// <summary>
        /// Final demand: a domestic-share rule's share from the country's own makers and the rest by its imports; else the
        /// country's own imports of the product where trade.csv has them; otherwise its own makers when production.csv
        /// lists the country as a producer of the product (what its factories deliver, split over its plants); otherwise
        /// the world production mix (the country imports the product).
        /// </summary>
        private void SourceFinalDemand(int slot, string product, string country, double needPerDay, Dictionary<string, int> index)
        {
            var makesIt = dataset.SharesOf(product).Any(s => s.Country == country && s.SharePct > 0);
            var trade = Chokepoint.Analysis.Exposure.SourcingMix.FromTrade(dataset, product, country);
            var rule = dataset.DomesticShareOf(product, dataset.LocationOf(country));
            // Said in the run's notes: demand on the world mix (issue 17 §3) and demand under a domestic share.
            if (rule is { SharePct: { } pct })
                _demandMix.Add((product, country, $"{pct:0.#}% from {(rule.Makers == country ? "its own makers" : $"makers in {rule.Makers}")} (sourcing_rules.csv {rule.Id}), the rest {(trade ? "by its imports (trade.csv)" : $"on the world mix without {(rule.Makers == country ? "it" : rule.Makers)} (no trade.csv rows)")}"));
            else if (!makesIt && !trade)
                _demandMix.Add((product, country, "the world mix (no trade.csv rows, no makers there)"));
            if (!makesIt || trade || rule is not null)
            {
                Source(slot, product, country, needPerDay, index);
                return;
            }
            foreach (var (producer, fraction) in dataset.Producers.Split(product, country))
            {
                var j = Producer(product, producer, index);
                _b.AddBaseline(j, fraction * needPerDay);
                _b.AddEdge(slot, j, fraction * needPerDay, 0);
            }
        }

        /// <summary>An input slot of <paramref name="node"/> (a maker of <paramref name="holder"/> in <paramref name="country"/>) with its stock rule (one cover or a spread) and priority.</summary>
        private int Slot(int node, string input, double quantity, bool essential, string country, string? holder)
        {
            var at = dataset.LocationOf(country);
            var days = _stocks.DaysOf(input, at, holder);
            var slot = _b.AddSlot(node, _index[input], quantity, essential, days);
            if (_stocks.HighOf(input, at, holder) is { } high && high >= days) _b.SetStockSpread(slot, high);
            var refill = _stocks.RefillOf(input, at, holder);
            if (refill > 0) _b.SetRefill(slot, Math.Min(refill, 10));
            if (_rules.HasPriority(input, at, holder)) _b.SetPriority(slot);
            return slot;
        }

        /// <summary>
        /// Splits a buyer's need over its suppliers (its sourcing mix less origins barred to it from before day 0). An edge
        /// carries the seller's export measures towards the buyer (none when both are in one country: export controls leave
        /// the issuer's own industry alone), bars that begin within the horizon, and the transit lag from seller to buyer.
        /// </summary>
        private void Source(int slot, string item, string buyer, double needPerDay, Dictionary<string, int> index, string? holder = null,
            (string Country, double Share)[]? only = null)
        {
            var mix = only ?? _mix.Of(item, buyer);
            var allowed = mix.Where(m => !_rules.BarredFromStart(item, dataset.LocationOf(m.Country), dataset.LocationOf(buyer), holder)).ToArray();
            if (allowed.Length == 0) _notes.Add($"{holder ?? "buyers"} in {buyer}: every supplier of {item} is barred by sourcing_rules.csv; the bar is not applied");
            else if (allowed.Length < mix.Length)
            {
                var total = allowed.Sum(m => m.Share);
                mix = allowed.Select(m => (m.Country, m.Share / total)).ToArray();
            }
            foreach (var (country, share) in mix)
            {
                var j = Producer(item, country, index);
                var flow = share * needPerDay;
                _b.AddBaseline(j, flow);
                _b.AddEdge(slot, j, flow, EdgeGroup(country, item, buyer, holder));
            }
        }

        private int EdgeGroup(string seller, string item, string buyer, string? holder)
        {
            var (from, to) = (dataset.LocationOf(seller), dataset.LocationOf(buyer));
            if (from == to) return 0;
            // The buyer's end-use class: the makers of the holder item, or the final buyers of the item itself.
            var endUse = EndUseClass.Of(dataset, holder ?? item, to);
            var measures = _b.MeasuresOf(_measures.EdgeGroup(seller, item, buyer, endUse)).Concat(_rules.BarsFrom(item, from, to, holder)).ToList();
            return _b.Group(measures, _transit.DaysOf(from, to));
        }

        private int Producer(string item, string country, Dictionary<string, int> index)
        {
            if (_producer.TryGetValue((item, country), out var j)) return j;
            var kind = dataset.Items.TryGetValue(item, out var it) ? Names.Of(it.Kind) : "refined";
            var label = new NodeLabel(item, dataset.LocationOf(country), kind) { Plant = dataset.Producers.IsPlant(country) ? country : null };
            j = _b.AddProducer(index[item], 0, _measures.IssuerGroup(country, item), label);
            if (!_producersOf.TryGetValue(item, out var list)) _producersOf[item] = list = [];
            list.Add(j);
            if (country == Names.RestOfWorld && dataset.SharesOf(item).Count == 0)
                _notes.Add($"{item} has no production.csv rows; assumed supplied by ROW (never restricted by a named issuer)");
            return _producer[(item, country)] = j;
        }

        /// <summary>World output not used by the followed demand becomes a sink in ROW sourced by world shares.</summary>
        private void AddOtherUses(string item, Dictionary<string, int> index)
        {
            var worldPerDay = WorldOutput.PerDay(dataset, item, _notes);
            if (worldPerDay is not { } world) return;
            var modelled = _producersOf.TryGetValue(item, out var ps) ? ps.Sum(_b.BaselineOf) : 0.0;
            var other = world - modelled;
            if (other <= world * 1e-9)
            {
                if (modelled > world * 1.05) _notes.Add($"{item}: modelled use {modelled:0.###}/day exceeds world output {world:0.###}/day (production.csv quantity); no other uses modelled");
                return;
            }
            var sink = _b.AddSink(index[item], other, new NodeLabel(item, Names.RestOfWorld, NodeLabel.OtherKind));
            var slot = Slot(sink, item, 1.0, true, Names.RestOfWorld, null);
            foreach (var (country, share) in _mix.World(item))
            {
                var j = Producer(item, country, index);
                _b.AddBaseline(j, share * other);
                _b.AddEdge(slot, j, share * other, EdgeGroup(country, item, Names.RestOfWorld, null));
            }
        }
    }
}
