using Chokepoint.Analysis.Exposure;
using Chokepoint.Application.Tables;
using Chokepoint.Contracts;

namespace Chokepoint.Application.Handlers;

/// <summary>An exposure result with the analysis behind it (for the tier tree), what it was computed for, contract and table.</summary>
/// <param name="AsOf">The date whose measures were applied, or null for a hypothetical cut-off.</param>
/// <param name="Issuer">The country cut off in the hypothetical case, else null.</param>
/// <param name="ReviewNote">Which measures on the item's paths have an unverified status on the date; null when none.</param>
public sealed record ExposureAnswer(ExposureResult Result, ExposureAnalysis Analysis, DateOnly? AsOf, string? Issuer, string? ReviewNote, ExposureJson Json, Table Table);
