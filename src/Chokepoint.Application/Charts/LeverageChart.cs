using Chokepoint.Analysis.Leverage;
using Chokepoint.Application.Handlers;
using Chokepoint.Application.Wording;

namespace Chokepoint.Application.Charts;

/// <summary>
/// The leverage scatter of a leverage answer, on the table's basis: the issuer's net loss (forgone less windfall, x)
/// against the target's loss (y), both log scales, one marker per point where measure-item pairs land (pairs on one
/// point share it and its label); red where the damage exceeds the cost (ratio above 1); the marker says the ratio's
/// bound as the table's mark does (≤, ≥, ~); the dashed line is ratio 1. A log scale has no zero: rows of the table
/// with no loss or no net cost on one side are left off, and the title counts them.
/// </summary>
public static class LeverageChart
{
    /// <summary>Legend entry of the ratio-1 line.</summary>
    public const string ParityLabel = "damage = cost (ratio 1)";

    // The ratio's bound, as the table marks it, and the marker that shows it.
    private static readonly (string Bound, string Label, PointMarker Marker)[] Bounds =
    [
        ("exact", "exact ratio", PointMarker.Circle),
        ("approximate", "~ ratio approximate", PointMarker.Diamond),
        ("upper", "≤ ratio at most (upper bound)", PointMarker.OpenCircle),
        ("lower", "≥ ratio at least (lower bound)", PointMarker.Triangle),
    ];

    /// <summary>The chart of <paramref name="answer"/>: the rows its table shows, with the table's figures.</summary>
    public static Chart Of(LeverageAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var shown = Shown(answer);
        var drawn = shown.Where(p => Drawable(p.Value)).ToList();
        var leftOff = shown.Count - drawn.Count;
        var basis = LeverageNotes.BasisName(answer.ValueBasis);
        var series = new List<Series>();
        foreach (var (bound, label, marker) in Bounds)
        {
            var points = drawn.Where(p => p.Value.RatioBound == bound)
                // Pairs on one point (within 2%) share one marker and one label.
                .GroupBy(p => (X: Math.Round(Math.Log10(p.Value.IssuerNetUsd), 2), Y: Math.Round(Math.Log10(p.Value.TargetLossUsd), 2)))
                .Select(Point).OrderBy(p => p.X).ThenBy(p => p.Y).ToList();
            series.Add(new Series(label, SeriesKind.Markers, points) { Marker = marker, Color = ChartColors.Slate });
        }
        var title = answer.Table.Title + (leftOff > 0 ? $"; {leftOff} row(s) of the table not drawn: no loss or no net cost on one side (a log scale has no zero)" : "");
        var x = new Axis($"{answer.Issuer}'s net loss (forgone less windfall), US$ a year, {basis}, log scale", AxisScale.Log) { Prefix = "$", Decimals = 0 };
        var y = new Axis($"{answer.Target}'s loss, US$ a year, {basis}, log scale", AxisScale.Log) { Prefix = "$", Decimals = 0 };
        if (drawn.Count > 0)
        {
            // Whole decades around the points, so the ticks read $1M, $10M, $100M even for one point.
            var xs = drawn.Select(p => Math.Log10(p.Value.IssuerNetUsd)).ToList();
            var ys = drawn.Select(p => Math.Log10(p.Value.TargetLossUsd)).ToList();
            x = x with { Min = Math.Pow(10, Math.Floor(xs.Min()) - 1), Max = Math.Pow(10, Math.Ceiling(xs.Max()) + 1) };
            y = y with { Min = Math.Pow(10, Math.Floor(ys.Min()) - 1), Max = Math.Pow(10, Math.Ceiling(ys.Max()) + 1) };
            var lo = Math.Min(x.Min!.Value, y.Min!.Value);
            var hi = Math.Max(x.Max!.Value, y.Max!.Value);
            series.Add(new Series(ParityLabel, SeriesKind.Line, [new ChartPoint(lo, lo), new ChartPoint(hi, hi)]) { Color = ChartColors.Slate, Dashed = true });
        }
        return new Chart(title, x, y, series)
        {
            // The colours that are drawn.
            Keys = new[] { new LegendKey("red: damage above cost (ratio above 1)", ChartColors.Red), new LegendKey("blue: damage at most the cost", ChartColors.Blue) }
                .Where(k => series.Any(s => s.Points.Any(p => p.Color == k.Color))).ToList(),
            EmptyText = shown.Count == 0
                ? $"No measure of {answer.Issuer} has a modelled effect on {answer.Target} or on itself"
                : $"No row has a loss and a net cost above zero on both sides: nothing to draw on log scales (see the table)",
        };
    }

    /// <summary>Rows of the table (an effect on either side) with their figures on the basis, in the table's order.</summary>
    public static IReadOnlyList<(LeverageRow Row, LeverageValue Value)> Shown(LeverageAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Values.Count != answer.Rows.Count)
            throw new ArgumentException($"the answer has {answer.Rows.Count} rows but {answer.Values.Count} values on its basis", nameof(answer));
        return answer.Rows.Zip(answer.Values).Where(p => p.First.TargetLossUsd > 0 || p.First.IssuerForgoneUsd > 0).ToList();
    }

    /// <summary>True when a row can be drawn on log scales: a loss and a net cost above zero.</summary>
    public static bool Drawable(LeverageValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.TargetLossUsd > 0 && value.IssuerNetUsd > 0;
    }

    private static ChartPoint Point(IEnumerable<(LeverageRow Row, LeverageValue Value)> pairs)
    {
        var list = pairs.ToList();
        var (_, first) = list[0];
        var items = list.Select(p => p.Row.Item).Distinct(StringComparer.Ordinal).ToList();
        var measures = list.Select(p => p.Row.Measure).Distinct(StringComparer.Ordinal).ToList();
        // The figures as the table writes them, one line per pair.
        var hover = string.Join("; ", list.Select(p =>
            $"{p.Row.Measure}: {p.Row.Item} — target loss ${Format.Usd(p.Value.TargetLossUsd)}, issuer forgone ${Format.Usd(p.Value.IssuerForgoneUsd)}" +
            (p.Value.IssuerWindfallUsd > 0 ? $", windfall ${Format.Usd(p.Value.IssuerWindfallUsd)}" : "") + $", ratio {Words.Ratio(p.Value)}"));
        return new ChartPoint(first.IssuerNetUsd, first.TargetLossUsd)
        {
            Text = string.Join(", ", items) + (measures.Count == 1 ? $" ({measures[0]})" : $" ({measures.Count} measures)"),
            Hover = hover,
            Color = first.Ratio is > 1 ? ChartColors.Red : ChartColors.Blue,
        };
    }
}
