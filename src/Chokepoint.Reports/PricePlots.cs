using Chokepoint.Contracts;
using ScottPlot;

namespace Chokepoint.Reports;

/// <summary>The price plot: observed prices (markers) and modelled paths (median line, p5–p95 band) inside the issuer and outside, log scale.</summary>
public static class PricePlots
{
    static PricePlots() => Fonts.Default = "DejaVu Sans";

    /// <summary>Writes the plot of <paramref name="prices"/> to <paramref name="path"/>: SVG when <paramref name="svg"/>, else PNG.</summary>
    public static void Write(PricesJson prices, string path, bool svg)
    {
        ArgumentNullException.ThrowIfNull(path);
        var figure = Figure(prices);
        if (svg) figure.SaveSvg(path);
        else figure.SavePng(path);
    }

    /// <summary>The figure of <see cref="Write"/>.</summary>
    public static Figure Figure(PricesJson prices)
    {
        ArgumentNullException.ThrowIfNull(prices);
        var plot = new Plot();
        foreach (var path in prices.Modelled)
        {
            var color = path.Market == "outside" ? Colors.OrangeRed : Colors.SteelBlue;
            var xs = path.Months.Select(X).ToArray();
            var band = plot.Add.FillY(xs, path.UsdPerKgP5.Select(Log).ToArray(), path.UsdPerKgP95.Select(Log).ToArray());
            band.FillColor = color.WithAlpha(0.2);
            band.LineWidth = 0;
            var line = plot.Add.Scatter(xs, path.UsdPerKg.Select(Log).ToArray());
            line.Color = color;
            line.LineWidth = 2;
            line.MarkerSize = 0;
            line.LegendText = $"modelled {Name(path.Market, prices.Issuer)} (median, p5–p95)";
        }
        foreach (var market in new[] { "inside", "outside" })
        {
            var points = prices.Observed.Where(p => p.Market == market).ToList();
            if (points.Count == 0) continue;
            var m = plot.Add.Scatter(points.Select(p => X(p.Month)).ToArray(), points.Select(p => Log(p.UsdPerKg)).ToArray());
            m.LineWidth = 0;
            m.MarkerSize = 10;
            m.MarkerShape = market == "outside" ? MarkerShape.FilledDiamond : MarkerShape.FilledSquare;
            m.Color = market == "outside" ? Colors.DarkRed : Colors.Navy;
            m.LegendText = $"observed {Name(market, prices.Issuer)}";
        }
        var axis = plot.Axes.DateTimeTicksBottom();
        if (axis.TickGenerator is ScottPlot.TickGenerators.DateTimeAutomatic ticks)
            ticks.LabelFormatter = d => d.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => "$" + Math.Pow(10, v).ToString(Math.Pow(10, v) >= 100 ? "#,0" : "#,0.#", System.Globalization.CultureInfo.InvariantCulture) };
        plot.YLabel("USD per kg (log scale)");
        plot.XLabel("observed: sourced mid-points (observed/prices.csv); modelled: computed");
        plot.Title($"{prices.Item}: prices in {prices.Issuer} and outside under {prices.Scenario}");
        Legends.Below(plot);
        return new Figure(plot, 1000, 560 + Legends.HeightPx(2));
    }

    private static string Name(string market, string issuer) => market == "outside" ? "outside " + issuer : "in " + issuer;

    private static double Log(double usd) => Math.Log10(Math.Max(usd, 1e-6));

    private static double X(string month) =>
        DateTime.ParseExact(month + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).ToOADate();
}
