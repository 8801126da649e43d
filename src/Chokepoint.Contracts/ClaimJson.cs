using Chokepoint.Evidence.Reconciliation;

namespace Chokepoint.Contracts;

/// <summary>A share claim read against the dataset (claims). Status: agrees, agrees_with_other_figure, conflicts, not_comparable, new or unmapped.</summary>
/// <param name="ValuePct">The claimed share, 0–100, as the text says.</param>
/// <param name="DatasetValuePct">The figure the model uses that it was compared with, 0–100, or null when there is none.</param>
/// <param name="OtherValuePct">For agrees_with_other_figure: the side figure (claims.csv) it matches, else null.</param>
public sealed record ClaimJson(
    long DocumentId, string Document, string Sentence, int Start, int End, string Country, string Subject, string? Item,
    string? Stage, double ValuePct, string? Qualifier, int? Year, string Status, double? DatasetValuePct, string? DatasetSource,
    double? OtherValuePct = null, string? OtherSource = null)
{
    /// <summary>Why the claim has its status: the words that chose the item, what was compared, or what kept it from a comparison.</summary>
    public string Reason { get; init; } = "";
    /// <summary>For unmapped: the items the claim's words could mean.</summary>
    public IReadOnlyList<string> Candidates { get; init; } = [];
    /// <summary>1-based page of the sentence in a PDF; null for other documents.</summary>
    public int? Page { get; init; }

    /// <summary>The contract of a claim view.</summary>
    public static ClaimJson Of(ClaimView v)
    {
        ArgumentNullException.ThrowIfNull(v);
        var c = v.Claim;
        var r = v.Reconciliation;
        return new(v.DocumentId, v.Document, c.Sentence, c.Start, c.End, c.Country, c.Subject, r.Item, c.Stage, c.ValuePct, c.Qualifier, c.Year,
            r.Status, r.DatasetValuePct, r.DatasetSource, r.OtherValuePct, r.OtherSource) { Reason = r.Reason, Candidates = r.Candidates, Page = v.Page };
    }
}
