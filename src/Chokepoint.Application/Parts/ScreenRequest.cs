namespace Chokepoint.Application.Parts;

/// <summary>screen: a parts list to screen, as the user gave it.</summary>
/// <param name="FileName">The file's name (its extension chooses CSV or XLSX).</param>
/// <param name="Destination">ISO3 of where the parts are delivered.</param>
/// <param name="AsOf">YYYY-MM-DD; today when null.</param>
/// <param name="Map">FIELD=HEADER pairs naming the user's headers.</param>
public sealed record ScreenRequest(string FileName, string? Destination, string? AsOf = null, string? Map = null);
