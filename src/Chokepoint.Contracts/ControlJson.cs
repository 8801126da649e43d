using Chokepoint.Analysis.Controls;
using Chokepoint.Model;

namespace Chokepoint.Contracts;

/// <summary>A measure of the registry with its status on the as-of date (controls).</summary>
public sealed record ControlJson(
    string Id, string Issuer, string Instrument, string Kind, string Announced, string Effective, string Status,
    IReadOnlyList<string> Items, IReadOnlyList<string> Destinations, IReadOnlyList<string> Sources)
{
    /// <summary>The contract of a measure on a date.</summary>
    public static ControlJson Of(MeasureOnDate r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var m = r.Measure;
        return new(m.Id, m.Issuer, m.Instrument, Names.Of(m.Kind), ContractJson.Date(m.Announced), ContractJson.Date(m.Effective),
            Names.Of(r.Status), m.Items, m.Destinations, m.Sources);
    }
}
