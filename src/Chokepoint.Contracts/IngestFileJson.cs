
namespace Chokepoint.Contracts;

/// <summary>What happened to one uploaded file (the 'files' of an ingest job's result, as in 'chokepoint ingest --format json').</summary>
public sealed record IngestFileJson(string File, string Status, long? DocumentId, string? Title, IReadOnlyList<IndustryTagJson> Industries, int Claims, int Events, string? Reason);
