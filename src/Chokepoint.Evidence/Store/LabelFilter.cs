namespace Chokepoint.Evidence.Store;

/// <summary>Which labelled claims a list shows: those labelled against <paramref name="Fingerprint"/>; a null field does not filter, the others combine with AND.</summary>
/// <param name="Fingerprint">The dataset fingerprint the labels were worked out against.</param>
/// <param name="DocumentId">Only claims of this document.</param>
/// <param name="Country">Only claims about this ISO3 country.</param>
/// <param name="Item">Only claims labelled with this item.</param>
/// <param name="Status">Only claims labelled with this status.</param>
/// <param name="Industry">Only claims labelled with this industry.</param>
public sealed record LabelFilter(string Fingerprint, long? DocumentId = null, string? Country = null, string? Item = null, string? Status = null, string? Industry = null);
