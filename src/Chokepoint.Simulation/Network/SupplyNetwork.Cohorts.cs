namespace Chokepoint.Simulation.Network;

/// <summary>Nodes whose holders keep a spread of stock covers in one input slot (docs/model.md, "Stocks where they are held").</summary>
public sealed partial class SupplyNetwork
{
    /// <summary>Number of equal cohorts a spread slot's makers are split into.</summary>
    public const int Cohorts = 8;

    /// <summary>Nodes with a spread slot, ascending (at most one spread slot per node).</summary>
    internal int[] SpreadNodes { get; init; } = [];
    /// <summary>Position in <see cref="NodeSlots"/> of each spread node's spread slot.</summary>
    internal int[] SpreadPosition { get; init; } = [];
    /// <summary>Lowest cover of each spread slot's holders, in days.</summary>
    internal double[] SpreadLowDays { get; init; } = [];
    /// <summary>Highest cover of each spread slot's holders, in days.</summary>
    internal double[] SpreadHighDays { get; init; } = [];

    /// <summary>Days of cover held by cohort <paramref name="cohort"/> (0 to <see cref="Cohorts"/> − 1) of a slot spread from <paramref name="lowDays"/> to <paramref name="highDays"/>: low + (c + 0.5)(high − low) / K.</summary>
    public static double CohortCoverDays(double lowDays, double highDays, int cohort) =>
        lowDays + ((cohort + 0.5) * (highDays - lowDays) / Cohorts);
}
