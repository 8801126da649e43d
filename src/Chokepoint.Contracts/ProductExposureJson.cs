namespace Chokepoint.Contracts;

/// <summary>Output at risk (0–1, computed) of a product made in a target under one view of the report.</summary>
/// <param name="Semantics">Always made_in: the makers located in the target.</param>
public sealed record ProductExposureJson(string Product, string Target, string Semantics, string View, double OutputAtRisk, string BindingInput)
{
    /// <summary>After the registry's review date, where it changes the answer: the output at risk if the recorded end dates hold and if the suspensions were extended; else null.</summary>
    public ProductExposureBranchesJson? Branches { get; init; }
}

/// <summary>Both readings of a report exposure after the review date (issue 18 §5).</summary>
/// <param name="IfRecordedEnd">Suspensions end on their recorded dates.</param>
/// <param name="IfExtended">Every measure keeps its status of the review date (the row's output_at_risk).</param>
public sealed record ProductExposureBranchesJson(OutputAtRiskJson IfRecordedEnd, OutputAtRiskJson IfExtended);

/// <summary>An output at risk, 0–1, computed.</summary>
public sealed record OutputAtRiskJson(double OutputAtRisk);
