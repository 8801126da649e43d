using Chokepoint.Evidence.Store;

namespace Chokepoint.Contracts;

/// <summary>A stored document of the workspace (documents).</summary>
/// <param name="Chars">Length of the extracted text in UTF-16 code units.</param>
public sealed record DocumentJson(
    long DocumentId, string Document, string Title, string Kind, long Bytes, int Chars,
    IReadOnlyList<IndustryTagJson> Industries, int Claims, int Events, string IngestedAt)
{
    /// <summary>The contract of a stored document.</summary>
    public static DocumentJson Of(StoredDocument d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(d.Id, d.File, d.Title, d.Kind, d.Bytes, d.Chars, d.Industries.Select(IndustryTagJson.Of).ToList(), d.Claims, d.Events, d.IngestedAt);
    }
}
