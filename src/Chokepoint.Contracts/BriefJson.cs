using Chokepoint.Evidence.Reconciliation;

namespace Chokepoint.Contracts;

/// <summary>The insights brief of one document, grouped by industry (insights).</summary>
public sealed record BriefJson(long DocumentId, string Document, string Title, BriefSummaryJson Summary, IReadOnlyList<BriefIndustryJson> Industries)
{
    /// <summary>The contract of a brief.</summary>
    public static BriefJson Of(DocumentBrief b)
    {
        ArgumentNullException.ThrowIfNull(b);
        var claims = b.AllClaims.ToList();
        var summary = new BriefSummaryJson(claims.Count, claims.Count(c => c.Reconciliation.Status == "agrees"),
            claims.Count(c => c.Reconciliation.Status == "conflicts"), claims.Count(c => c.Reconciliation.Status == "new"),
            b.Industries.Sum(i => i.Events.Count));
        return new(b.Document.Id, b.Document.File, b.Document.Title, summary,
            b.Industries.Select(i => new BriefIndustryJson(i.Industry, i.Terms, i.Claims.Select(ClaimJson.Of).ToList(),
                i.Events.Select(EventJson.Of).ToList(), i.Items)).ToList());
    }
}
