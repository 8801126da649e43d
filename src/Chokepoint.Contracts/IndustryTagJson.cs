using Chokepoint.Evidence.Tagging;

namespace Chokepoint.Contracts;

/// <summary>An industry a document is filed under, with the terms that matched.</summary>
public sealed record IndustryTagJson(string Industry, int Hits, IReadOnlyList<string> Terms)
{
    /// <summary>The contract of a tag.</summary>
    public static IndustryTagJson Of(IndustryTag t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new(t.Industry, t.Hits, t.Terms);
    }
}
