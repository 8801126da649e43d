using Chokepoint.Model;

namespace Chokepoint.Analysis.Exposure;

/// <summary>Parts qualified from one firm (sourcing_rules.csv kind <c>qualified</c>, docs/model.md "Qualified parts").</summary>
public sealed partial class ExposureAnalysis
{
    private readonly Dictionary<(string Holder, string Input, string Country), double> _input = [];

    /// <summary>
    /// Availability (0–1) of <paramref name="input"/> to the makers of <paramref name="holder"/> in <paramref name="country"/>: what
    /// reaches them (<see cref="Available"/>), or, where a qualified rule covers them, the scarcer of the parts qualified from
    /// the rule's firm alone (its plants, by their world shares) and the rest (their mix without that firm's plants): a
    /// maker lacking either cannot make its item, and neither part stands in for the other.
    /// </summary>
    public double InputAvailable(string holder, string input, string country)
    {
        var rule = _dataset.QualifiedOf(holder, input, _dataset.LocationOf(country));
        if (rule is null) return Available(input, country);
        if (_input.TryGetValue((holder, input, country), out var cached)) return cached;
        var firm = rule.OriginCountry;
        var qualified = Share(Qualified(input, firm), input, country);
        var rest = rule.SharePct >= 100 ? 1.0 : Share(Others(input, country, firm), input, country);
        return _input[(holder, input, country)] = Math.Min(qualified, rest);
    }

    /// <summary>The firm's plants of <paramref name="input"/> by their world shares (normalised).</summary>
    private List<Supplier> Qualified(string input, string firm) =>
        Normalise(_dataset.Producers.Of(input).Where(p => _dataset.Producers.IsHeldBy(p.Country, firm)).Select(p => new Supplier(p.Country, p.SharePct)));

    /// <summary>The buyer's mix of <paramref name="input"/> without the firm's plants (normalised); the whole mix when nothing else is left.</summary>
    private List<Supplier> Others(string input, string buyer, string firm)
    {
        var mix = SourcingMix.Of(_dataset, input, buyer);
        var others = Normalise(mix.Where(s => !_dataset.Producers.IsHeldBy(s.Country, firm)));
        return others.Count > 0 ? others : mix.ToList();
    }

    private double Share(List<Supplier> suppliers, string input, string buyer)
    {
        if (suppliers.Count == 0) return 1.0;
        var total = 0.0;
        foreach (var s in suppliers)
        {
            var pass = _blockade.Pass(input, s.Country, buyer);
            if (pass > 0) total += s.Fraction * pass * ProducerAvailability(input, s.Country);
        }
        return Clamp(total);
    }

    private static List<Supplier> Normalise(IEnumerable<Supplier> suppliers)
    {
        var list = suppliers.Where(s => s.Fraction > 0).ToList();
        var sum = list.Sum(s => s.Fraction);
        return sum <= 0 ? [] : list.Select(s => s with { Fraction = s.Fraction / sum }).ToList();
    }
}
