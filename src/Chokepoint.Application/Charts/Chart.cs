namespace Chokepoint.Application.Charts;

/// <summary>
/// One chart as every surface draws it: the title, the axes with their units, the series with their labels, bands and
/// colours, and the legend keys. Built once per question in the application layer; the report and the CLI render it
/// with ScottPlot to PNG/SVG, the web with plotly.js, so that the same question draws the same chart on both.
/// </summary>
/// <param name="Title">The title: says what the figures answer and whether they are computed.</param>
/// <param name="X">The horizontal axis.</param>
/// <param name="Y">The vertical axis.</param>
/// <param name="Series">The series, in drawing order (bands under lines whatever the order).</param>
public sealed record Chart(string Title, Axis X, Axis Y, IReadOnlyList<Series> Series)
{
    /// <summary>Legend entries that are no series (bar colours, hatching), after the series' own.</summary>
    public IReadOnlyList<LegendKey> Keys { get; init; } = [];

    /// <summary>How the lines' bands are shown.</summary>
    public BandDisplay Bands { get; init; } = BandDisplay.Always;

    /// <summary>Shown in the data area when no series has a point, e.g. "no product loses output".</summary>
    public string EmptyText { get; init; } = "nothing to draw";

    /// <summary>True when no series has a point.</summary>
    public bool IsEmpty => Series.All(s => s.Points.Count == 0);

    /// <summary>The title broken at spaces into lines of at most <paramref name="maxChars"/> characters (a longer word stays whole), for a surface of that width.</summary>
    public IReadOnlyList<string> TitleLines(int maxChars)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxChars);
        var lines = new List<string>();
        var line = "";
        foreach (var word in Title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > maxChars)
            {
                lines.Add(line);
                line = word;
            }
            else line = line.Length == 0 ? word : line + " " + word;
        }
        if (line.Length > 0) lines.Add(line);
        return lines;
    }

    /// <summary>Every legend entry in order: the labels of the series shown in the legend, then the keys.</summary>
    public IReadOnlyList<string> LegendLabels =>
        Series.Where(s => s.InLegend && s.Points.Count > 0).Select(s => s.Label).Concat(Keys.Select(k => k.Label)).ToList();
}
