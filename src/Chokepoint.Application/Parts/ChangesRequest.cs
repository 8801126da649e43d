namespace Chokepoint.Application.Parts;

/// <summary>changes: the period, and optionally a parts list and its destination.</summary>
/// <param name="Since">First date, YYYY-MM-DD (inclusive).</param>
/// <param name="Until">Last date (inclusive); today when null.</param>
/// <param name="Destination">ISO3 of where the parts go (needed with a parts list).</param>
/// <param name="PartsFileName">Name of the parts file, when one is given.</param>
/// <param name="Map">FIELD=HEADER pairs for the parts file.</param>
public sealed record ChangesRequest(string? Since, string? Until = null, string? Destination = null, string? PartsFileName = null, string? Map = null);
