namespace Chokepoint.Analysis.Changes;

/// <summary>A dated change in the registry.</summary>
/// <param name="Date">The day it happens.</param>
/// <param name="MeasureId">The measure that changes.</param>
/// <param name="Change">announced, takes-effect, clause-takes-effect, suspended, suspension-lapses, phase-begins or ends.</param>
/// <param name="Detail">What changes, e.g. "suspended by CHN-MOFCOM-2025-70" or "re-export clause".</param>
/// <param name="Unverified">True when the date is after the registry's review date (recorded, not confirmed by a checked source).</param>
public sealed record MeasureChange(DateOnly Date, string MeasureId, string Change, string Detail, bool Unverified);
