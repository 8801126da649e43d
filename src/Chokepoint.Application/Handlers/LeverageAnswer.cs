using Chokepoint.Analysis.Leverage;
using Chokepoint.Application.Tables;
using Chokepoint.Contracts;

namespace Chokepoint.Application.Handlers;

/// <summary>A leverage ranking with what it was computed for, its contract and table.</summary>
/// <param name="Rows">The library's rows, in its order.</param>
/// <param name="AsOf">The date whose measures were taken, or null for a scenario.</param>
/// <param name="Scenario">The scenario's display name, or null for a date.</param>
/// <param name="Basis">Which measures were counted (the value basis is <see cref="ValueBasis"/>) ("measures of CHN in force on 2026-01-15").</param>
/// <param name="ReviewNote">Which of the issuer's measures have an unverified status on the date; null when none.</param>
public sealed record LeverageAnswer(IReadOnlyList<LeverageRow> Rows, string Issuer, string Target, DateOnly? AsOf, string? Scenario, string Basis, string? ReviewNote,
    IReadOnlyList<LeverageJson> Json, Table Table)
{
    /// <summary>The basis both sides are measured on (<see cref="LeverageBasis"/>).</summary>
    public string ValueBasis { get; init; } = LeverageBasis.ValueAdded;

    /// <summary>The rows on <see cref="ValueBasis"/>, in the order of <see cref="Rows"/>.</summary>
    public IReadOnlyList<LeverageValue> Values { get; init; } = [];
}
