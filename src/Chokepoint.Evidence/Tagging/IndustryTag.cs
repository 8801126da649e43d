namespace Chokepoint.Evidence.Tagging;

/// <summary>An industry a document is about, with the terms that matched as evidence.</summary>
/// <param name="Industry">Industry id, as in items.csv (rare-earths, batteries, semiconductors, pharma, …).</param>
/// <param name="Hits">Occurrences of the industry's terms in the document, ≥ 1.</param>
/// <param name="Terms">The distinct terms that matched, as listed, most frequent first.</param>
public sealed record IndustryTag(string Industry, int Hits, IReadOnlyList<string> Terms);
