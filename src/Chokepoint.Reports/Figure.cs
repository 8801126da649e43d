using ScottPlot;

namespace Chokepoint.Reports;

/// <summary>A ScottPlot plot with its size, built apart from saving so that what it draws can be checked.</summary>
/// <param name="WidthPx">Width of the image in pixels, positive.</param>
/// <param name="HeightPx">Height of the image in pixels, positive.</param>
public sealed record Figure(Plot Plot, int WidthPx, int HeightPx)
{
    /// <summary>Writes the plot as PNG to <paramref name="path"/>.</summary>
    public void SavePng(string path) => Plot.SavePng(path, WidthPx, HeightPx);

    /// <summary>Writes the plot as SVG to <paramref name="path"/>.</summary>
    public void SaveSvg(string path) => Plot.SaveSvg(path, WidthPx, HeightPx);
}
