namespace Chokepoint.Evidence.Extraction;

/// <summary>A mention of an export-control measure in a sentence.</summary>
/// <param name="Issuer">ISO3 of the issuing country, or null when the sentence does not say.</param>
/// <param name="Kind">licence, ban, technology-ban, restriction or suspension.</param>
/// <param name="Concepts">Ids of the concepts the measure concerns (see <see cref="Concepts"/>).</param>
/// <param name="DateText">The date as written ("on October 9", "in early April", "2025年4月"), or null.</param>
/// <param name="Date">The date resolved as far as the text allows: YYYY-MM-DD, YYYY-MM or YYYY; null when the year is unknown.</param>
public sealed record ControlEvent(
    string? Issuer, string Kind, IReadOnlyList<string> Concepts, string? DateText, string? Date,
    int Start, int End, string Sentence);
