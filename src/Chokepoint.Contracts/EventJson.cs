using Chokepoint.Evidence.Reconciliation;

namespace Chokepoint.Contracts;

/// <summary>A control event mentioned in a document, linked to a registry measure when one matches.</summary>
/// <param name="Date">YYYY-MM-DD, YYYY-MM or YYYY as far as the text allows, or null.</param>
public sealed record EventJson(
    long DocumentId, string Document, string Sentence, string? Issuer, string Kind, IReadOnlyList<string> Items, string? DateText, string? Date, string? MeasureId)
{
    /// <summary>The contract of an event view.</summary>
    public static EventJson Of(EventView v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new(v.DocumentId, v.Document, v.Event.Sentence, v.Event.Issuer, v.Event.Kind, v.Items, v.Event.DateText, v.Event.Date, v.MeasureId);
    }
}
