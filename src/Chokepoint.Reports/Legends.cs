using ScottPlot;

namespace Chokepoint.Reports;

/// <summary>
/// Legend placement for every plot of the reports: in a panel outside the data area, so that no series, bar or
/// label is ever hidden behind it whatever the number of entries.
/// </summary>
public static class Legends
{
    /// <summary>Height in pixels a legend of <paramref name="entries"/> entries needs below the data area, one entry a line, with the panel's padding (measured on ScottPlot 5.1 with DejaVu Sans).</summary>
    public static int HeightPx(int entries) => entries <= 0 ? 0 : 44 + (20 * entries);

    /// <summary>Shows the plot's legend in a panel below the data area, entries one a line (the figure must leave <see cref="HeightPx"/> for it).</summary>
    public static void Below(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        plot.ShowLegend(Edge.Bottom);
        plot.Legend.Orientation = Orientation.Vertical;
    }
}
