using ScottPlot;

namespace Chokepoint.Reports;

/// <summary>
/// Bottom tick labels slanted by 30°, with room reserved for them: ScottPlot measures the axis as if the labels were
/// level, so without it a panel below (the legend) would be drawn over the longest labels.
/// </summary>
internal static class SlantedTicks
{
    // DejaVu Sans at the default tick size: about 7 px a character, 14 px a line; sin 30° = 0.5.
    private const float PxPerChar = 3.5f, BasePx = 30;

    public static void Apply(Plot plot, double[] positions, string[] labels)
    {
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, labels);
        plot.Axes.Bottom.TickLabelStyle.Rotation = -30;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        plot.Axes.Bottom.MinimumSize = BasePx + (PxPerChar * labels.Select(l => l.Length).DefaultIfEmpty(0).Max());
    }
}
