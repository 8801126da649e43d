using Chokepoint.Evidence.Reconciliation;

namespace Chokepoint.Contracts;

/// <summary>A share claim read against the dataset (claims). Status: agrees, conflicts or new.</summary>
/// <param name="ValuePct">The claimed share, 0–100, as the text says.</param>
/// <param name="DatasetValuePct">The dataset's figure it was compared with, 0–100, or null when there is none.</param>
public sealed record ClaimJson(
    long DocumentId, string Document, string Sentence, int Start, int End, string Country, string Subject, string? Item,
    string? Stage, double ValuePct, string? Qualifier, int? Year, string Status, double? DatasetValuePct, string? DatasetSource)
{
    /// <summary>The contract of a claim view.</summary>
    public static ClaimJson Of(ClaimView v)
    {
        ArgumentNullException.ThrowIfNull(v);
        var c = v.Claim;
        var r = v.Reconciliation;
        return new(v.DocumentId, v.Document, c.Sentence, c.Start, c.End, c.Country, c.Subject, r.Item, c.Stage, c.ValuePct, c.Qualifier, c.Year,
            r.Status, r.DatasetValuePct, r.DatasetSource);
    }
}
