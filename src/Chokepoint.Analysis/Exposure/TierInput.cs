namespace Chokepoint.Analysis.Exposure;

/// <summary>A requirement of a producer in the exposure tier tree: the input it uses (after any switch) and its availability there.</summary>
/// <param name="Item">The input used: the line in use, or the alternative the static bound switches to.</param>
/// <param name="Essential">False for an input without which output goes on (it never limits).</param>
/// <param name="SwitchedFrom">The line in use when the bound switches to <paramref name="Item"/>; null otherwise.</param>
/// <param name="Available">Availability (0–1) of the input to this producer.</param>
/// <param name="Binding">True for the scarcest essential requirement: the one that sets the producer's availability.</param>
/// <param name="Detail">Where the input comes from, opened when it is short; null otherwise.</param>
public sealed record TierInput(string Item, bool Essential, string? SwitchedFrom, double Available, bool Binding, TierItem? Detail)
{
    /// <summary>True when this input lies on the limiting path.</summary>
    public bool Limiting { get; init; }
}
