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
        var (firm, others) = SourcingMix.Qualified(_dataset, input, country, rule.OriginCountry);
        var qualified = MixAvailable(firm, input, country);
        // Nothing but the firm left: the rest is the whole mix.
        var rest = rule.SharePct >= 100 ? 1.0 : MixAvailable(others.Count > 0 ? others : SourcingMix.Of(_dataset, input, country), input, country);
        return _input[(holder, input, country)] = Math.Min(qualified, rest);
    }
}
