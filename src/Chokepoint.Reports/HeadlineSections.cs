using Chokepoint.Application.Handlers;
using Chokepoint.Application.Report;
using Chokepoint.Application.Wording;
using System.Globalization;
using System.Text;
using Chokepoint.Analysis.Exposure;
using Chokepoint.Model;

namespace Chokepoint.Reports;

/// <summary>Turns a <see cref="HeadlineReport"/> into report sections and plots.</summary>
public static class HeadlineSections
{
    /// <summary>File names of the plots, relative to the report folder.</summary>
    public const string SharesPng = ReportCharts.Shares + ".png", TimelinePng = ReportCharts.Timeline + ".png", ExposureUsaPng = ReportCharts.ExposureUsa + ".png",
        ExposureEuPng = ReportCharts.ExposureEu + ".png";

    /// <summary>The sections, in reading order, ending with the sources.</summary>
    public static IReadOnlyList<ReportSection> Build(HeadlineReport r, Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(dataset);
        var sections = new List<ReportSection>
        {
            new("What is exposed now", Summary(r)),
            new("Exposure of products to Chinese export controls", ExposureHtml(r) + NoRecipe(dataset)),
            new($"Chokepoints {r.Issuer} -> USA", Chokepoints(r, r.ChokepointsUsa, "USA", 15)),
            new($"Chokepoints {r.Issuer} -> EU (worst member)", Chokepoints(r, r.ChokepointsEu, "EU (worst member)", 15)),
            new($"{r.Issuer}'s share of world production, by item and stage", SharesHtml(r)),
            new("Timeline of export-control measures", TimelineHtml(r)),
        };
        return sections;
    }

    /// <summary>The closing sources section: every source behind a figure shown, with publisher, date and URL.</summary>
    public static ReportSection Sources(HeadlineReport r, Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(dataset);
        var ids = r.IssuerShares.Select(s => s.Source)
            .Concat(r.Timeline.SelectMany(m => m.Measure.Sources))
            .Concat(dataset.Tables.Recipes.Select(x => x.Source))
            .Concat(dataset.Tables.Trade.Select(x => x.Source))
            .Concat(dataset.Tables.Production.Select(x => x.Source))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var rows = new StringBuilder("<table class=\"sources\"><thead><tr><th>id</th><th>publisher</th><th>title</th><th>date</th></tr></thead><tbody>");
        foreach (var id in ids)
        {
            // The title links to the source; ids stay on one line.
            if (dataset.Sources.TryGetValue(id, out var s))
                rows.Append("<tr><td class=\"id\">").Append(Html.E(s.Id)).Append("</td><td>").Append(Html.E(s.Publisher)).Append("</td><td>")
                    .Append(s.Url.StartsWith("http", StringComparison.Ordinal) ? $"<a href=\"{Html.E(s.Url)}\" rel=\"noreferrer noopener\">{Html.E(s.Title)}</a>" : Html.E(s.Title))
                    .Append("</td><td class=\"id\">").Append(Html.E(s.Date)).Append("</td></tr>");
            else rows.Append("<tr><td class=\"id\">").Append(Html.E(id)).Append("</td><td></td><td>(unknown source)</td><td></td></tr>");
        }
        rows.Append("</tbody></table>");
        return new ReportSection("Sources", Html.P("Every share, recipe quantity and measure in this report cites one of these sources (dataset files production.csv, recipes.csv, trade.csv, controls.yaml); each title links to it. Figures marked computed are derived from them by the model in docs/model.md.", "note")
            + rows);
    }

    private static string Pct(double fraction) => (100 * fraction).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Summary(HeadlineReport r)
    {
        var sb = new StringBuilder();
        var inForce = r.Timeline.Count(m => m.Status == MeasureStatus.InForce);
        var suspended = r.Timeline.Count(m => m.Status == MeasureStatus.Suspended);
        var unverified = r.Timeline.Count(m => m.Status == MeasureStatus.Unverified);
        sb.Append(Html.P($"As of {r.Today:yyyy-MM-dd} the registry holds {r.Timeline.Count} measures: {inForce} in force, {suspended} suspended{(unverified > 0 ? $", {unverified} unverified" : "")}."));
        if (r.ReviewNote is { } review) sb.Append(Html.P(review, "note"));
        foreach (var lapse in r.LapsedSuspensions)
            sb.Append(Html.P(Analysis.Controls.LapsedSuspensions.Warning(lapse), "note"));
        var top = r.ChokepointsUsa.Take(5).Select(c => $"{c.Item} ({Pct(c.OutputAtRiskMax)} of {string.Join("/", c.ProductsAffected.Take(2))})");
        sb.Append(Html.P($"Largest single-item chokepoints for US manufacturers (computed, static bound): {string.Join("; ", top)}."));
        var worst = r.Exposures.Where(e => e.View == HeadlineReport.Views(r.Today, r.Comparison)[0]).OrderByDescending(e => e.OutputAtRisk).Take(4)
            .Select(e => $"{e.Product} in {e.Target} {Pct(e.OutputAtRisk)}{(e.BindingInput.Length > 0 ? $" (binding: {e.BindingInput})" : "")}");
        sb.Append(Html.P($"Under the measures in force today, the most exposed products are: {string.Join("; ", worst)}."));
        sb.Append(Html.P("All exposure figures are the static bound of the model: no stocks, no spare capacity, no substitution, licence regimes passing their estimated approval rate. The stress test (chokepoint simulate) adds time: stocks, licence delays and new capacity.", "note"));
        return sb.ToString();
    }

    private static string ExposureHtml(HeadlineReport r) =>
        Html.P("Made in: share of the output of producers located in the USA / in the worst-hit EU member that the Chinese measures would stop (computed; the same number as 'chokepoint exposure ITEM --to USA --made-in'; without --made-in, exposure measures what buyers in the USA receive, wherever it was made). 'in force' views apply exactly the measures in force on that date (licences pass their approval rate); 'full cut-off' is China stopping all exports at every tier.", "note")
        + Html.Table(ReportHandler.HeadlineTables(r)[0])
        + Html.Img(ExposureUsaPng, "Products made in the USA: output at risk by view (computed)")
        + (r.Exposures.Any(e => e.Target == "EU") ? Html.Img(ExposureEuPng, "Products made in the EU (worst member): output at risk by view (computed)") : "");

    private static string NoRecipe(Dataset dataset) =>
        HeadlineReport.ProductsWithoutRecipe(dataset) is { Count: > 0 } missing
            ? Html.P($"Not computed (no recipe in recipes.csv, see docs/data.md): {string.Join(", ", missing)}.", "note") : "";

    private static string Chokepoints(HeadlineReport r, IReadOnlyList<ChokepointRow> rows, string target, int take) =>
        Html.Table(ChokepointsHandler.Table(rows.Take(take).ToList(), r.Issuer, target, r.Today));

    private static string SharesHtml(HeadlineReport r)
    {
        var years = r.IssuerShares.Select(s => s.Year).Distinct().Count();
        var span = ShareLabels.YearSpan(r.IssuerShares.Select(s => s.Year));
        var caption = years > 1
            ? $"{r.Issuer} share of world production per item, each at its latest year in production.csv: the years differ ({span}), so the bars are not one snapshot; each label gives its year"
            : $"{r.Issuer} share of world production per item, {span} (production.csv)";
        var footnote = ShareLabels.Footnote(r.IssuerShares.Select(s => (s.Basis, s.IsProxy)));
        return Html.Img(SharesPng, caption)
            + (footnote.Length > 0 ? Html.P(footnote, "note") : "")
            + Html.Table(["item", "stage", "industry", "year", "share %", "measures", "confidence", "source"],
                r.IssuerShares.Select(s => (IReadOnlyList<string>)[s.Item, s.Kind, s.Industry, s.Year.ToString(CultureInfo.InvariantCulture),
                    s.SharePct.ToString("0.0", CultureInfo.InvariantCulture), ShareLabels.Tag(s.Basis, s.IsProxy) is { Length: > 0 } tag ? tag : "production",
                    Names.Of(s.Confidence), s.Source]), new HashSet<int> { 4 });
    }

    private static string TimelineHtml(HeadlineReport r) =>
        Html.Img(TimelinePng, "Measures from their effective date: in force (red) and suspended (grey); circles mark announcements; orange diamonds mark a status unverified after the registry's review date")
        + Html.Table(["id", "issuer", "kind", "announced", "effective", $"status {r.Today:yyyy-MM-dd}", "items", "sources"],
            r.Timeline.Select(m => (IReadOnlyList<string>)[m.Measure.Id, m.Measure.Issuer, Names.Of(m.Measure.Kind),
                m.Measure.Announced.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), m.Measure.Effective.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ControlsHandler.Status(m), string.Join(", ", m.Measure.Items.Count > 0 ? m.Measure.Items : m.Measure.Suspends), string.Join(", ", m.Measure.Sources)]));
}
