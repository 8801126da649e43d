namespace Chokepoint.Evidence.Extraction;

/// <summary>
/// A statement that a country holds a share of some stage of an item's world supply, as the text says it.
/// Offsets locate the sentence in the document body (UTF-16 code units, end exclusive).
/// </summary>
/// <param name="Country">ISO3 of the country holding the share.</param>
/// <param name="Subject">The phrase naming what is shared, as written.</param>
/// <param name="Stage">mining, refining, manufacturing, capacity, production, or null when the text does not say.</param>
/// <param name="ValuePct">The share, 0–100.</param>
/// <param name="Qualifier">about, over, under, nearly, or null for a plain figure.</param>
/// <param name="Year">The year stated in the sentence, if any.</param>
/// <param name="Concepts">Ids of the concepts named in the subject (see <see cref="Concepts"/>), most specific first.</param>
public sealed record ShareClaim(
    string Country, string Subject, string? Stage, double ValuePct, string? Qualifier, int? Year,
    int Start, int End, string Sentence, IReadOnlyList<string> Concepts);
