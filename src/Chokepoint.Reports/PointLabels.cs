using ScottPlot;

namespace Chokepoint.Reports;

/// <summary>
/// Keeps the text labels of a scatter from covering one another or leaving the data area: the plot is laid out once
/// in memory, then each label (top to bottom) takes the first free place beside its point, right then left, level
/// then up to <see cref="MaxSteps"/> lines above or below, joined to its point by a thin line when moved. A label
/// with no free place is left out (the report's table lists every point).
/// </summary>
internal static class PointLabels
{
    private const int MaxSteps = 3;
    private const float Gap = 6;

    /// <summary>Places the labels; returns how many were left out.</summary>
    public static int Spread(Figure figure, IReadOnlyList<ScottPlot.Plottables.Text> labels)
    {
        var plot = figure.Plot;
        plot.GetImage(figure.WidthPx, figure.HeightPx); // lays out the axes so that coordinates map to pixels
        var area = plot.RenderManager.LastRender.DataRect;
        using var paint = Paint.NewDisposablePaint();
        var placed = new List<PixelRect>();
        var markers = labels.Select(l => plot.GetPixel(l.Location)).Select(p => new PixelRect(p.X - 5, p.X + 5, p.Y + 5, p.Y - 5)).ToList();
        var leftOut = 0;
        foreach (var label in labels.OrderBy(l => plot.GetPixel(l.Location).Y).ThenBy(l => plot.GetPixel(l.Location).X))
        {
            var size = label.LabelStyle.Measure(paint).Size;
            var at = plot.GetPixel(label.Location);
            PixelRect? chosen = null;
            foreach (var dy in Shifts(size.Height))
                foreach (var dx in new[] { Gap, -Gap - size.Width })
                {
                    var box = new PixelRect(at.X + dx, at.X + dx + size.Width, at.Y + dy + size.Height, at.Y + dy);
                    if (chosen is null && Inside(area, box) && !placed.Exists(p => Overlaps(p, box)) && !markers.Exists(m => Overlaps(m, box)))
                        chosen = box;
                }
            if (chosen is not { } c)
            {
                label.IsVisible = false;
                leftOut++;
                continue;
            }
            label.LabelOffsetX = c.Left - at.X;
            label.LabelOffsetY = c.Top - at.Y;
            placed.Add(c);
            if (Math.Abs(c.Top - at.Y) > 0.5)
            {
                var end = plot.GetCoordinates(new Pixel(c.Left < at.X ? c.Right : c.Left, c.Top + (size.Height / 2)));
                var leader = plot.Add.Line(label.Location, end);
                leader.LineColor = Colors.Gray;
                leader.LineWidth = 0.7f;
                leader.MarkerSize = 0;
            }
        }
        return leftOut;
    }

    /// <summary>True when two boxes share any area (touching edges do not count).</summary>
    public static bool Overlaps(PixelRect a, PixelRect b) =>
        a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom;

    private static bool Inside(PixelRect area, PixelRect box) =>
        box.Left >= area.Left && box.Right <= area.Right && box.Top >= area.Top && box.Bottom <= area.Bottom;

    private static IEnumerable<float> Shifts(float lineHeight)
    {
        yield return 0;
        for (var step = 1; step <= MaxSteps; step++)
        {
            yield return step * lineHeight;
            yield return -step * lineHeight;
        }
    }
}
