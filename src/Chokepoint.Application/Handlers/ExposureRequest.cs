namespace Chokepoint.Application.Handlers;

/// <summary>exposure: an item, an importer, and either a date (the measures in force) or a country cutting off (hypothetical).</summary>
/// <param name="Item">Item id or name.</param>
/// <param name="To">Importer, ISO3.</param>
/// <param name="MadeIn">True: the makers located in the importer (as the report); false: what buyers there receive.</param>
/// <param name="From">Hypothetical: this country stops exports at every tier.</param>
/// <param name="Items">With <paramref name="From"/>: only these items (comma-separated).</param>
/// <param name="AsOf">The measures in force on this date (YYYY-MM-DD).</param>
/// <param name="ApprovalRate">With <paramref name="AsOf"/>: replaces every licence regime's approval rate (0–1).</param>
public sealed record ExposureRequest(string? Item, string? To, bool MadeIn = false, string? From = null, string? Items = null, string? AsOf = null, double? ApprovalRate = null);
