namespace Chokepoint.Application.Charts;

/// <summary>How the p5–p95 bands of a chart's lines are shown.</summary>
public enum BandDisplay
{
    /// <summary>Every band drawn under its line.</summary>
    Always,

    /// <summary>
    /// Bands shown one at a time so that several curves stay readable: on the web the band of the line under the pointer
    /// (and p5–p95 in its hover text); in a file each line in its own panel with its band (small multiples).
    /// </summary>
    OnDemand,
}
