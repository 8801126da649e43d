namespace Chokepoint.Contracts;

/// <summary>One input of an exposure result.</summary>
/// <param name="ShareBlocked">Fraction 0–1 of the first tier's supply of the input that is blocked.</param>
/// <param name="Available">Fraction 0–1 of the input available through every tier.</param>
public sealed record InputExposureJson(string Item, double ShareBlocked, double Available);
