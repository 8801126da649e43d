using Chokepoint.Evidence.Extraction;
using Chokepoint.Evidence.Tagging;
using Chokepoint.Evidence.Text;

namespace Chokepoint.Evidence;

/// <summary>What the rules read in one document.</summary>
/// <param name="ReferenceYear">The year of the document's dateline, used to complete dates written without a year.</param>
/// <param name="Concepts">Concept ids named anywhere in the document, most specific first.</param>
public sealed record DocumentAnalysis(
    IReadOnlyList<IndustryTag> Industries, IReadOnlyList<ShareClaim> Claims, IReadOnlyList<ControlEvent> Events,
    IReadOnlyList<string> Concepts, int? ReferenceYear);

/// <summary>Runs tagging and extraction over a document's text. Pure and thread-safe.</summary>
public static class DocumentAnalyzer
{
    /// <summary>Analyses <paramref name="text"/>; offsets in the result refer to <see cref="ExtractedText.Body"/>.</summary>
    public static DocumentAnalysis Analyze(ExtractedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var body = text.Body;
        var dateline = DateExpressions.DatelineOf(body);
        var referenceYear = dateline?.Year;
        var claims = new List<ShareClaim>();
        var events = new List<ControlEvent>();
        string? previousCountry = null;
        // Each sentence's country mentions are found once for the claim, event and subject rules.
        var countries = new SentenceCountries();
        foreach (var sentence in SentenceSplitter.Enumerate(body))
        {
            ShareClaimExtractor.Extract(sentence, claims, countries);
            if (ControlEventExtractor.Extract(sentence, dateline, previousCountry, countries) is { } e)
            {
                events.Add(e);
                previousCountry = e.Issuer;
            }
            else if (StartsWithPronoun(sentence.Text) is false)
            {
                previousCountry = ControlEventExtractor.SubjectCountry(sentence.Text, countries) ?? previousCountry;
            }
        }
        var industries = IndustryTagger.Tag(text.Title, body);
        return new DocumentAnalysis(industries, claims, events, ConceptsOf(body), referenceYear);
    }

    // Only sentences that could name a country are looked at again; pronoun-led ones keep the previous subject.
    private static bool StartsWithPronoun(string s) =>
        s.StartsWith("It ", StringComparison.Ordinal) || s.StartsWith("Its ", StringComparison.Ordinal) || s.StartsWith("The country", StringComparison.Ordinal) || s.StartsWith("They ", StringComparison.Ordinal);

    private static List<string> ConceptsOf(string body)
    {
        var found = Extraction.Concepts.In(body);
        return found.Select(c => c.Id).ToList();
    }
}
