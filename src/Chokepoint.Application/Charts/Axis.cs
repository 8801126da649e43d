namespace Chokepoint.Application.Charts;

/// <summary>One axis of a chart: its label (with the unit and whether the figures are computed), scale and range.</summary>
/// <param name="Label">The axis title, unit included, e.g. "output / baseline (computed)".</param>
/// <param name="Scale">How values map to positions.</param>
public sealed record Axis(string Label, AxisScale Scale = AxisScale.Linear)
{
    /// <summary>Names of the categories, in order, on a <see cref="AxisScale.Category"/> axis.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Lowest value shown, or null to fit the data.</summary>
    public double? Min { get; init; }

    /// <summary>Highest value shown, or null to fit the data.</summary>
    public double? Max { get; init; }

    /// <summary>Written before each tick and hover value, e.g. "$".</summary>
    public string Prefix { get; init; } = "";

    /// <summary>Decimals of values in hover text, 0–6.</summary>
    public int Decimals { get; init; } = 2;
}
