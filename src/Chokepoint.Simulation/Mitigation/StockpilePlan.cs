namespace Chokepoint.Simulation.Mitigation;

/// <summary>An item the target stockpiles: extra days of cover held by its users in the target country.</summary>
/// <param name="DaysOfCover">Extra days of the target's normal use, above the scenario's stocks.</param>
/// <param name="Quantity">Days × the target's daily use, in the item's unit.</param>
/// <param name="ValueUsd">Quantity × unit value; null when the item has no unit value.</param>
public sealed record StockpileLine(string Item, int DaysOfCover, double Quantity, string Unit, double? ValueUsd);

/// <summary>The outcome of the stockpile search.</summary>
/// <param name="Achieved">False when even a full horizon of cover of every item in the target does not keep demand met.</param>
/// <param name="Lines">The combination found (items with cover &gt; 0), cheapest per day first.</param>
/// <param name="BaselineTtsDays">The watched demand's TTS in the percentile of runs without extra cover.</param>
/// <param name="Evaluations">Number of Monte Carlo evaluations the search made.</param>
public sealed record StockpilePlan(bool Achieved, IReadOnlyList<StockpileLine> Lines, int BaselineTtsDays, int Evaluations);
