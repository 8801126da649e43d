namespace Chokepoint.Simulation.Engine;

/// <summary>
/// The outcome of one run, per node: time-to-survive, time-to-recover, lost output and minimum output,
/// plus the daily output fraction of the tracked nodes. Arrays are indexed by node (series by tracked index × day).
/// </summary>
public sealed class RunResult
{
    internal RunResult(int nodes, int tracked, int horizon, int flows = 0)
    {
        Flows = new float[flows * horizon];
        TtsDays = new int[nodes];
        TtrDays = new int[nodes];
        LostOutputPct = new double[nodes];
        MinOutputFraction = new double[nodes];
        Series = new float[tracked * horizon];
    }

    /// <summary>First day with unmet demand (output below baseline), or −1 when none within the horizon.</summary>
    public int[] TtsDays { get; }
    /// <summary>First day from which output stays ≥ 99.5% of baseline to the end, for nodes that fell short; −1 when never (or never short).</summary>
    public int[] TtrDays { get; }
    /// <summary>Shortfall summed over the horizon, as % of baseline output over the horizon (0–100).</summary>
    public double[] LostOutputPct { get; }
    /// <summary>Lowest daily output fraction (0–1).</summary>
    public double[] MinOutputFraction { get; }
    /// <summary>Daily flow f of the <see cref="FlowIndex"/> given to the run on day t at [f × horizon + t], in the item's units per day (empty when none).</summary>
    public float[] Flows { get; }
    /// <summary>Daily output fraction of tracked node i on day t at [i × horizon + t].</summary>
    public float[] Series { get; }
}
