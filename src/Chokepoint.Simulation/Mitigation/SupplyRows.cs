namespace Chokepoint.Simulation.Mitigation;

/// <summary>A non-issuer producer of a binding item.</summary>
/// <param name="SharePct">Its share of world production (production.csv, latest year), 0–100.</param>
/// <param name="SpareCapacityPerYear">Its spare capacity now (share of world output × spare_capacity_pct), in item units a year; null when world output is unknown.</param>
/// <param name="ExpansionDays">Days to build replacement capacity (expansion.csv); null without a row.</param>
/// <param name="GapClosedBy">Date by which unrestricted producers together close the target's gap at the engine's linear build-up; null when never.</param>
public sealed record SupplierRow(string Item, string Country, double SharePct, double? SpareCapacityPerYear, double? ExpansionDays, DateOnly? GapClosedBy);

/// <summary>The target's supply gap of a binding item and what closing it by a date takes.</summary>
/// <param name="GapPerYear">Target's use × the share the measures stop, in item units a year.</param>
/// <param name="ExtraCapacityPerYear">New capacity (units a year) beyond spare capacity and the expansion built by <paramref name="By"/> that closes the gap by then; 0 when it closes in time.</param>
public sealed record SupplyGap(string Item, string Unit, double GapPerYear, double SparePerYear, DateOnly? ClosedBy, DateOnly By, double ExtraCapacityPerYear);
