using Chokepoint.Application.Charts;
using Chokepoint.Model;

namespace Chokepoint.Application.Report;

/// <summary>
/// The charts of the composed report, built once: the report writes them as PNG files beside its HTML, the web overview
/// draws the same charts.
/// </summary>
public static class ReportCharts
{
    /// <summary>File stems of the charts.</summary>
    public const string Shares = "issuer-shares", Timeline = "controls-timeline", ExposureUsa = "exposure-usa", ExposureEu = "exposure-eu",
        Stress = "stress-replay-2025", Stockpile = "helps-stockpile", Tts = "helps-tts", LeverageChnUsa = "leverage-chn-usa", LeverageUsaChn = "leverage-usa-chn";

    /// <summary>The headline's charts: exposure of products made in the USA (and the EU's worst member when computed), the issuer's shares, the timeline.</summary>
    public static IReadOnlyList<ReportChart> Headline(HeadlineReport r, IReadOnlyList<ControlMeasure> controls)
    {
        ArgumentNullException.ThrowIfNull(r);
        var views = HeadlineReport.Views(r.Today, r.Comparison);
        var charts = new List<ReportChart> { new(ExposureUsa, ExposureCharts.Products(r.Exposures, "USA", views)) };
        if (r.Exposures.Any(e => e.Target == "EU")) charts.Add(new ReportChart(ExposureEu, ExposureCharts.Products(r.Exposures, "EU", views)));
        charts.Add(new ReportChart(Shares, SharesCharts.Issuer(r.IssuerShares, r.Issuer)));
        charts.Add(new ReportChart(Timeline, TimelineChart.Of(r.Timeline, controls, r.Today)));
        return charts;
    }

    /// <summary>Every chart of <paramref name="report"/>: the headline's, the stress test's and those of "What helps" when computed, and leverage's (China over the USA and the reverse).</summary>
    public static IReadOnlyList<ReportChart> Of(ComposedReport report, IReadOnlyList<ControlMeasure> controls)
    {
        ArgumentNullException.ThrowIfNull(report);
        var charts = Headline(report.Headline, controls).ToList();
        if (report.StressTest is { } st) charts.Add(new ReportChart(Stress, StressChart.Of(st.Result)));
        if (report.WhatHelps is { } wh)
        {
            charts.Add(new ReportChart(Stockpile, HelpsCharts.Stockpile(wh)));
            charts.Add(new ReportChart(Tts, HelpsCharts.Tts(wh)));
        }
        charts.Add(new ReportChart(LeverageChnUsa, LeverageChart.Of(report.Leverage.ChnUsa)));
        charts.Add(new ReportChart(LeverageUsaChn, LeverageChart.Of(report.Leverage.UsaChn)));
        return charts;
    }

    /// <summary>The chart written under <paramref name="stem"/>, or null when the report has none.</summary>
    public static Chart? Find(IReadOnlyList<ReportChart> charts, string stem) => charts?.FirstOrDefault(c => c.Stem == stem)?.Chart;
}
