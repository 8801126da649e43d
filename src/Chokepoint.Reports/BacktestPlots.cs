using Chokepoint.Application.Charts;
using Chokepoint.Simulation.Backtest;

namespace Chokepoint.Reports;

/// <summary>The back-test's files: one chart per flow series (observed against modelled index) and the event timeline, each as PNG and SVG.</summary>
public static class BacktestPlots
{
    /// <summary>Writes the charts of <see cref="BacktestCharts"/> into <paramref name="dir"/>; returns the file names written.</summary>
    public static IReadOnlyList<string> Write(string dir, BacktestResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var written = new List<string>();
        var flows = BacktestCharts.Flows(r);
        for (var i = 0; i < flows.Count; i++)
            written.AddRange(ChartFigures.WriteBoth(flows[i], dir, BacktestCharts.FlowStem(r, i + 1), 900));
        if (BacktestCharts.Events(r) is { } events) written.AddRange(ChartFigures.WriteBoth(events, dir, "events", 1000));
        return written;
    }
}
