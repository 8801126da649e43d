namespace Chokepoint.Evidence.Extraction;

/// <summary>
/// The country mentions of the sentence being analysed, found once and read by the claim, event and
/// subject rules in turn (each used to find them again). One per document analysis; not thread-safe.
/// The list is shared: readers must not change it.
/// </summary>
internal sealed class SentenceCountries
{
    private string? _text;
    private List<CountryMention> _found = [];

    /// <summary>The mentions in <paramref name="text"/>, as <see cref="Countries.Find"/> gives them; found again only for another sentence.</summary>
    public List<CountryMention> Of(string text)
    {
        if (!ReferenceEquals(text, _text))
        {
            _found = Countries.Find(text);
            _text = text;
        }
        return _found;
    }
}
