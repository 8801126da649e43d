using Chokepoint.Evidence.Extraction;
using Chokepoint.Evidence.Store;

namespace Chokepoint.Evidence.Reconciliation;

/// <summary>A stored claim with its item and its comparison with the dataset.</summary>
public sealed record ClaimView(long DocumentId, string Document, ShareClaim Claim, Reconciliation Reconciliation, string Industry)
{
    /// <summary>1-based page of the claim's sentence in a PDF; null for other documents.</summary>
    public int? Page { get; init; }
}

/// <summary>A stored control event with its dataset items and registry measure.</summary>
/// <param name="Items">Dataset item ids the event concerns.</param>
/// <param name="MeasureId">The registry measure it refers to, or null.</param>
public sealed record EventView(long DocumentId, string Document, ControlEvent Event, IReadOnlyList<string> Items, string? MeasureId, string Industry);

/// <summary>One industry's part of a document brief.</summary>
/// <param name="Terms">The terms that tagged the document with this industry (empty when it was not tagged).</param>
/// <param name="Items">Dataset items the document names in this industry.</param>
public sealed record IndustryBrief(string Industry, IReadOnlyList<string> Terms, IReadOnlyList<ClaimView> Claims, IReadOnlyList<EventView> Events, IReadOnlyList<string> Items);

/// <summary>A brief of one document: its industries, each with its claims (and their status), control events and items.</summary>
public sealed record DocumentBrief(StoredDocument Document, IReadOnlyList<IndustryBrief> Industries)
{
    /// <summary>Claims of every industry.</summary>
    public IEnumerable<ClaimView> AllClaims => Industries.SelectMany(i => i.Claims);
}
