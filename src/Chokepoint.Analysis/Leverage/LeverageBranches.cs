namespace Chokepoint.Analysis.Leverage;

/// <summary>In which reading of the registry after its review date a leverage row's measure is in force.</summary>
/// <param name="IfRecordedEnd">In force if the recorded end dates hold.</param>
/// <param name="IfExtended">In force if the suspensions were extended (the reviewed statuses kept).</param>
public sealed record LeverageBranches(bool IfRecordedEnd, bool IfExtended);
