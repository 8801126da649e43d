using Chokepoint.Analysis.Controls;
using Chokepoint.Model;

namespace Chokepoint.Analysis.Exposure;

/// <summary>An input of the analysed item: the share of it blocked at the first tier and its multi-tier availability (0–1).</summary>
public sealed record InputExposure(string Item, double ShareBlocked, double Available);

/// <summary>Static exposure of an item to a blockade, for one importer.</summary>
/// <param name="OutputAtRisk">1 − available fraction, 0–1.</param>
/// <param name="LimitingPath">Item ids from the analysed item down to the binding input.</param>
public sealed record ExposureResult(
    string Item, string Importer, IReadOnlyList<string> Blocked, double OutputAtRisk,
    IReadOnlyList<InputExposure> Inputs, IReadOnlyList<string> LimitingPath)
{
    /// <summary>True for the output of the makers located in the country ("made_in"); false for what its buyers receive ("bought_by").</summary>
    public bool MadeIn { get; init; }
    /// <summary>End-use class of the buyers the measures were applied to (civil unless demand.csv or the item's industry says otherwise).</summary>
    public string EndUse { get; init; } = Names.CivilUse;

    /// <summary>"made_in" or "bought_by" (see <see cref="MadeIn"/>).</summary>
    public string Semantics => MadeIn ? "made_in" : "bought_by";
}

/// <summary>
/// Static exposure (DESIGN "Static exposure"): the zero-inventory, zero-substitution bound. The
/// available fraction of an item to a buyer is the mix-weighted sum over supplier countries of
/// pass(supplier → buyer) × the supplier's producer availability; a producer's availability is the
/// minimum over its essential inputs of their availability to the producer's country (Leontief).
/// Computed by memoised recursion over the recipe DAG (validation guarantees it is acyclic).
/// Not thread-safe: use one instance per thread.
/// </summary>
public sealed partial class ExposureAnalysis
{
    private readonly Dataset _dataset;
    private readonly Blockade _blockade;
    private readonly Dictionary<(string Item, string Buyer), double> _available = [];
    private readonly Dictionary<(string Item, string Country), double> _producer = [];
    private readonly Dictionary<string, ExposureAnalysis> _byEndUse = new(StringComparer.Ordinal);

    /// <summary>Analyses <paramref name="dataset"/> under <paramref name="blockade"/>.</summary>
    public ExposureAnalysis(Dataset dataset, Blockade blockade)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(blockade);
        _dataset = dataset;
        _blockade = blockade;
    }

    /// <summary>
    /// The analysis for the buyers of <paramref name="item"/> in <paramref name="country"/>: this one when their end-use class
    /// (<see cref="EndUseClass"/>) is the blockade's or no measure depends on it, else one under the blockade for that class.
    /// </summary>
    private ExposureAnalysis For(string item, string country)
    {
        if (!_blockade.DependsOnEndUse) return this;
        var use = EndUseClass.Of(_dataset, item, country);
        if (use == _blockade.EndUse) return this;
        if (!_byEndUse.TryGetValue(use, out var other)) _byEndUse[use] = other = new ExposureAnalysis(_dataset, _blockade.ForEndUse(use));
        return other;
    }

    /// <summary>Full result for <paramref name="item"/> delivered to <paramref name="importer"/>, under the rules for its buyers' end-use class.</summary>
    public ExposureResult Analyse(string item, string importer)
    {
        var own = For(item, importer);
        return own == this ? AnalyseOwn(item, importer) : own.AnalyseOwn(item, importer);
    }

    private ExposureResult AnalyseOwn(string item, string importer)
    {
        var mix = SourcingMix.Of(_dataset, item, importer);
        var inputs = new List<InputExposure>();
        foreach (var line in _dataset.InputsOf(item))
        {
            double blocked = 0, available = 0;
            foreach (var producer in mix)
            {
                foreach (var s in SourcingMix.Of(_dataset, line.Input, producer.Country))
                    blocked += producer.Fraction * s.Fraction * (1 - _blockade.Pass(line.Input, s.Country, producer.Country));
                available += producer.Fraction * InputAvailable(item, line.Input, producer.Country);
            }
            inputs.Add(new InputExposure(line.Input, Clamp(blocked), Clamp(available)));
        }
        return new ExposureResult(item, importer, _blockade.Labels, Clamp(1 - Available(item, importer)), inputs, LimitingPath(item, importer)) { EndUse = _blockade.EndUse };
    }

    /// <summary>
    /// Full result for the makers of <paramref name="item"/> located in <paramref name="country"/> ("made in", as the report
    /// measures): their output at risk, their inputs as bought by them, and their binding path. <see cref="Analyse"/> instead
    /// measures what buyers in a country receive, wherever it was made ("bought by").
    /// </summary>
    public ExposureResult AnalyseMadeIn(string item, string country)
    {
        var own = For(item, country);
        return own == this ? AnalyseMadeInOwn(item, country) : own.AnalyseMadeInOwn(item, country);
    }

    private ExposureResult AnalyseMadeInOwn(string item, string country)
    {
        var inputs = new List<InputExposure>();
        foreach (var line in _dataset.InputsOf(item))
        {
            double blocked = 0;
            foreach (var s in SourcingMix.Of(_dataset, line.Input, country))
                blocked += s.Fraction * (1 - _blockade.Pass(line.Input, s.Country, country));
            inputs.Add(new InputExposure(line.Input, Clamp(blocked), Clamp(InputAvailable(item, line.Input, country))));
        }
        return new ExposureResult(item, country, _blockade.Labels, Clamp(1 - ProducerAvailability(item, country)), inputs, ProducerLimitingPath(item, country)) { MadeIn = true, EndUse = _blockade.EndUse };
    }

    /// <summary>Output at risk (0–1) of <paramref name="item"/> delivered to <paramref name="importer"/>.</summary>
    public double OutputAtRisk(string item, string importer) => Clamp(1 - For(item, importer).Available(item, importer));

    /// <summary>Output at risk (0–1) of the makers of <paramref name="item"/> in <paramref name="country"/>, under the rules for their end-use class.</summary>
    public double MadeInAtRisk(string item, string country) => Clamp(1 - For(item, country).ProducerAvailability(item, country));

    /// <summary>Available fraction (0–1) of <paramref name="item"/> to <paramref name="buyer"/>.</summary>
    public double Available(string item, string buyer)
    {
        if (_available.TryGetValue((item, buyer), out var cached)) return cached;
        var total = MixAvailable(SourcingMix.Of(_dataset, item, buyer), item, buyer);
        _available[(item, buyer)] = total;
        return total;
    }

    /// <summary>
    /// Available fraction (0–1) of <paramref name="item"/> to <paramref name="buyer"/> from <paramref name="suppliers"/>: the
    /// mix-weighted pass × producer availability; 1 for no supplier (no data on producers: unrestricted, validation warns).
    /// </summary>
    private double MixAvailable(IReadOnlyList<Supplier> suppliers, string item, string buyer)
    {
        if (suppliers.Count == 0) return 1.0;
        var total = 0.0;
        foreach (var s in suppliers)
        {
            var pass = _blockade.Pass(item, s.Country, buyer);
            if (pass > 0) total += s.Fraction * pass * ProducerAvailability(item, s.Country);
        }
        return Clamp(total);
    }

    /// <summary>Availability (0–1) of a producer of <paramref name="item"/> in <paramref name="country"/>: min over essential inputs.</summary>
    public double ProducerAvailability(string item, string country)
    {
        if (_producer.TryGetValue((item, country), out var cached)) return cached;
        var min = EssentialAvailability(item, country);
        _producer[(item, country)] = min;
        return min;
    }

    /// <summary>Binding path of a producer of <paramref name="item"/> located in <paramref name="country"/>: [item, scarcest essential input, …].</summary>
    public IReadOnlyList<string> ProducerLimitingPath(string item, string country)
    {
        string? binding = null;
        var lowest = 1 - 1e-12;
        foreach (var line in _dataset.InputsOf(item))
        {
            if (!line.Essential || RecipeGroups.IsStandby(line)) continue;
            var a = InputAvailable(item, line.Input, country);
            if (a < lowest) { lowest = a; binding = line.Input; }
        }
        var path = new List<string> { item };
        if (binding is not null) path.AddRange(LimitingPath(binding, country));
        return path;
    }

    /// <summary>
    /// Follows the binding constraint down: at each tier, the supplier whose input shortage costs the
    /// most (fraction × (1 − availability)), then that producer's scarcest essential input.
    /// </summary>
    private List<string> LimitingPath(string item, string buyer)
    {
        var path = new List<string> { item };
        var current = item;
        var country = buyer;
        for (var depth = 0; depth < 64; depth++)
        {
            string? worstCountry = null;
            var worstLoss = 1e-12;
            foreach (var s in SourcingMix.Of(_dataset, current, country))
            {
                if (_blockade.Pass(current, s.Country, country) <= 0) continue;
                var loss = s.Fraction * (1 - ProducerAvailability(current, s.Country));
                if (loss > worstLoss) { worstLoss = loss; worstCountry = s.Country; }
            }
            if (worstCountry is null) break;
            string? binding = null;
            var lowest = double.MaxValue;
            foreach (var line in _dataset.InputsOf(current))
            {
                if (!line.Essential || RecipeGroups.IsStandby(line)) continue;
                var a = InputAvailable(current, line.Input, worstCountry);
                if (a < lowest) { lowest = a; binding = line.Input; }
            }
            if (binding is null) break;
            path.Add(binding);
            current = binding;
            country = worstCountry;
        }
        if (path.Count == 1)
        {
            // The item itself is blocked at the first tier: the path ends at its scarcest direct input if any is short.
            var direct = _dataset.InputsOf(item).Where(l => l.Essential)
                .Select(l => (l.Input, A: InputAvailable(item, l.Input, buyer))).Where(x => x.A < 1 - 1e-12).OrderBy(x => x.A).FirstOrDefault();
            if (direct.Input is not null) path.Add(direct.Input);
        }
        return path;
    }

    private static double Clamp(double x) => x < 0 ? 0 : x > 1 ? 1 : x;
}
