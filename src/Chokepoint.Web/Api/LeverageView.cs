using Chokepoint.Analysis.Leverage;

namespace Chokepoint.Web.Api;

/// <summary>A leverage ranking with what it was computed for.</summary>
/// <param name="Rows">The library's rows, in its order.</param>
/// <param name="AsOf">The date whose measures were taken, or null for a scenario.</param>
/// <param name="Scenario">The scenario's display name, or null for a date.</param>
/// <param name="Basis">Which measures were counted, for titles ("measures of CHN in force on 2026-01-15").</param>
/// <param name="ReviewNote">For a date after the registry's review date: which measures' status is unverified; else null.</param>
public sealed record LeverageView(
    IReadOnlyList<LeverageRow> Rows, string Issuer, string Target, DateOnly? AsOf, string? Scenario, string Basis, string? ReviewNote);
