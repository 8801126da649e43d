using Chokepoint.Evidence.Tagging;

namespace Chokepoint.Evidence.Store;

/// <summary>A row of the documents query as Dapper maps it, by column name; SQLite integers arrive as 64-bit.</summary>
internal sealed class DocumentRow
{
    public long Id { get; init; }
    public string File { get; init; } = "";
    public string Title { get; init; } = "";
    public string Kind { get; init; } = "";
    public long Bytes { get; init; }
    public long Chars { get; init; }
    public long? ReferenceYear { get; init; }
    public string Concepts { get; init; } = "";
    public string IngestedAt { get; init; } = "";
    public long Claims { get; init; }
    public long Events { get; init; }

    public StoredDocument ToDocument(Dictionary<long, List<IndustryTag>> industries) =>
        new(Id, File, Title, Kind, Bytes, checked((int)Chars), ReferenceYear is { } y ? checked((int)y) : null, industries.TryGetValue(Id, out var tags) ? tags : [],
            Workspace.Split(Concepts), checked((int)Claims), checked((int)Events), IngestedAt);
}
