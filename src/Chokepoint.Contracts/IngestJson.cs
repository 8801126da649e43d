namespace Chokepoint.Contracts;

/// <summary>What an ingest did (ingest --format json): counts and one entry per file.</summary>
public sealed record IngestJson(int Stored, int Unchanged, int Skipped, int Claims, int Events, IReadOnlyList<IngestFileJson> Files);
