namespace Chokepoint.Contracts;

/// <summary>Output at risk (0–1, computed) of a product made in a target under one view of the report.</summary>
/// <param name="Semantics">Always made_in: the makers located in the target.</param>
public sealed record ProductExposureJson(string Product, string Target, string Semantics, string View, double OutputAtRisk, string BindingInput);
