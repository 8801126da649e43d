using Chokepoint.Model;
using Chokepoint.Simulation.Compile;
using Chokepoint.Simulation.Engine;

namespace Chokepoint.Simulation.Prices;

/// <summary>
/// Records the drivers of the price model from each run's flows (<see cref="PriceDrivers"/>): for every priced item,
/// the flows reaching buyers outside its issuer and the issuer's own exports, summed per day into shortfall, stock
/// drawdown and blocked exports, then averaged per month. Runs write their own slice, so <see cref="Record"/> may be
/// called from several threads for different runs.
/// </summary>
public sealed class PriceProbe
{
    private readonly string[] _items;
    private readonly string[] _issuers;
    private readonly int[][] _outsideFlows;
    private readonly int[][] _issuerFlows;
    private readonly double[] _outsideBaseline;
    private readonly double[] _issuerExportBaseline;
    private readonly double[] _issuerOutput;
    private readonly double[] _stockDays;
    private readonly double[][] _regime;
    private readonly Dictionary<string, double>[] _weights;
    private readonly int[] _dayMonth;
    private readonly DateOnly[] _months;
    private readonly int _runs;
    private readonly double[] _s, _d, _r, _x;

    private PriceProbe(CompiledScenario compiled, PriceRegime regime, IReadOnlyList<string> items, FlowIndex flows, int runs, bool allFlows)
    {
        AllFlows = allFlows;
        var network = compiled.Network;
        var h = network.HorizonDays;
        var start = compiled.Scenario.Start;
        Flows = flows;
        _runs = runs;
        _dayMonth = new int[h];
        var months = new List<DateOnly>();
        for (var t = 0; t < h; t++)
        {
            var day = start.AddDays(t);
            var first = new DateOnly(day.Year, day.Month, 1);
            if (months.Count == 0 || months[^1] != first) months.Add(first);
            _dayMonth[t] = months.Count - 1;
        }
        _months = [.. months];
        var list = items.Where(i => network.ItemIds.Contains(i)).Distinct(StringComparer.Ordinal).ToList();
        var n = list.Count;
        (_items, _issuers) = (list.ToArray(), new string[n]);
        (_outsideFlows, _issuerFlows, _regime, _weights) = (new int[n][], new int[n][], new double[n][], new Dictionary<string, double>[n]);
        (_outsideBaseline, _issuerExportBaseline, _issuerOutput, _stockDays) = (new double[n], new double[n], new double[n], new double[n]);
        for (var k = 0; k < n; k++)
        {
            var item = _items[k];
            _issuers[k] = TopProducer(network, item, out _issuerOutput[k]);
            var outside = new List<int>();
            var issuer = new List<int>();
            var weights = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var f = 0; f < flows.Keys.Count; f++)
            {
                var key = flows.Keys[f];
                if (key.Item != item || key.Importer == _issuers[k]) continue;
                var baseline = flows.BaselineOf(network, f);
                outside.Add(f);
                _outsideBaseline[k] += baseline;
                weights[key.Importer] = weights.GetValueOrDefault(key.Importer) + baseline;
                if (key.Exporter != _issuers[k]) continue;
                issuer.Add(f);
                _issuerExportBaseline[k] += baseline;
            }
            (_outsideFlows[k], _issuerFlows[k], _weights[k]) = (outside.ToArray(), issuer.ToArray(), weights);
            _stockDays[k] = OutsideStockDays(network, item, _issuers[k]);
            _regime[k] = new double[h];
            for (var t = 0; t < h; t++) _regime[k][t] = regime.Share(item, _issuers[k], start.AddDays(t), weights);
        }
        var size = n * _months.Length * runs;
        (_s, _d, _r, _x) = (new double[size], new double[size], new double[size], new double[size]);
    }

    /// <summary>The flow index the engine must record for the probe (every cross-border flow when asked, else only the priced items').</summary>
    public FlowIndex Flows { get; }

    /// <summary>True when <see cref="Flows"/> holds every cross-border flow.</summary>
    public bool AllFlows { get; }

    /// <summary>Number of runs the probe holds room for.</summary>
    public int Runs => _runs;

    /// <summary>A probe of <paramref name="items"/> (those in the network) over <paramref name="runs"/> runs of <paramref name="compiled"/>.</summary>
    /// <param name="allFlows">Record every cross-border flow (the run also reports flows) instead of the priced items' only.</param>
    public static PriceProbe Build(CompiledScenario compiled, PriceRegime regime, IReadOnlyList<string> items, int runs, bool allFlows)
    {
        ArgumentNullException.ThrowIfNull(compiled);
        ArgumentNullException.ThrowIfNull(regime);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        var set = items.ToHashSet(StringComparer.Ordinal);
        var flows = allFlows ? FlowIndex.Of(compiled.Network) : FlowIndex.Of(compiled.Network, k => set.Contains(k.Item));
        return new PriceProbe(compiled, regime, items, flows, runs, allFlows);
    }

    /// <summary>Records run <paramref name="run"/> from its daily flows (indexed as <see cref="Flows"/>) and its stock factor.</summary>
    public void Record(int run, RunResult result, double stockDaysFactor)
    {
        ArgumentNullException.ThrowIfNull(result);
        var h = _dayMonth.Length;
        var months = _months.Length;
        Span<int> days = stackalloc int[months];
        for (var k = 0; k < _items.Length; k++)
        {
            var at = ((k * _runs) + run) * months;
            days.Clear();
            var cover = _stockDays[k] * stockDaysFactor;
            var shortDays = 0.0;
            for (var t = 0; t < h; t++)
            {
                double supply = 0, exports = 0;
                foreach (var f in _outsideFlows[k]) supply += result.Flows[(f * h) + t];
                foreach (var f in _issuerFlows[k]) exports += result.Flows[(f * h) + t];
                var s = _outsideBaseline[k] > 0 ? Math.Clamp(1 - (supply / _outsideBaseline[k]), 0, 1) : 0;
                shortDays += s;
                var d = cover > 0 ? Math.Min(1, shortDays / cover) : (s > 0 ? 1 : 0);
                var x = _issuerOutput[k] > 0 ? Math.Clamp((_issuerExportBaseline[k] - exports) / _issuerOutput[k], 0, 1) : 0;
                var m = _dayMonth[t];
                days[m]++;
                _s[at + m] += s;
                _d[at + m] += d;
                _r[at + m] += _regime[k][t];
                _x[at + m] += x;
            }
            for (var m = 0; m < months; m++)
            {
                _s[at + m] /= days[m];
                _d[at + m] /= days[m];
                _r[at + m] /= days[m];
                _x[at + m] /= days[m];
            }
        }
    }

    /// <summary>The recorded drivers, one entry per priced item in the network.</summary>
    public IReadOnlyList<PriceDrivers> Drivers()
    {
        var months = _months.Length;
        var len = _runs * months;
        var result = new List<PriceDrivers>(_items.Length);
        for (var k = 0; k < _items.Length; k++)
            result.Add(new PriceDrivers(_items[k], _issuers[k], _months, _runs,
                _s.AsSpan(k * len, len).ToArray(), _d.AsSpan(k * len, len).ToArray(), _r.AsSpan(k * len, len).ToArray(), _x.AsSpan(k * len, len).ToArray(), _weights[k]));
        return result;
    }

    private static string TopProducer(Network.SupplyNetwork network, string item, out double output)
    {
        var byCountry = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var node = 0; node < network.NodeCount; node++)
        {
            var label = network.Labels[node];
            if (label.IsSink || label.Item != item) continue;
            byCountry[label.Country] = byCountry.GetValueOrDefault(label.Country) + network.Baseline[node];
        }
        var top = byCountry.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).FirstOrDefault();
        output = top.Value;
        return top.Key ?? "";
    }

    /// <summary>Days of cover of the item's buyers outside the issuer, weighted by their baseline intake.</summary>
    private static double OutsideStockDays(Network.SupplyNetwork network, string item, string issuer)
    {
        double days = 0, weight = 0;
        for (var s = 0; s < network.SlotCount; s++)
        {
            var first = network.SlotEdgeStart[s];
            if (first == network.SlotEdgeStart[s + 1] || network.Labels[network.EdgeSource[first]].Item != item) continue;
            if (network.Labels[network.SlotNode[s]].Country == issuer || !double.IsFinite(network.SlotStockDays[s])) continue;
            days += network.SlotStockDays[s] * network.SlotBaseline[s];
            weight += network.SlotBaseline[s];
        }
        return weight > 0 ? days / weight : 0;
    }
}
