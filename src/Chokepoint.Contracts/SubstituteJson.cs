namespace Chokepoint.Contracts;

/// <summary>An alternative input in a recipe that is more available than the one in use.</summary>
public sealed record SubstituteJson(string Product, string Input, string Alternative, double SwitchDays, double Penalty);
