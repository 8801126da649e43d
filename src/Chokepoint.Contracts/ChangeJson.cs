namespace Chokepoint.Contracts;

/// <summary>One registry change: date, measure, kind of change (announced, takes-effect, clause-takes-effect, suspended, suspension-lapses, phase-begins, ends), detail, and whether it lies after the review date.</summary>
public sealed record ChangeJson(string Date, string Measure, string Change, string Detail, bool Unverified);
