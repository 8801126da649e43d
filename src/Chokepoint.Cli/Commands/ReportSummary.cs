using Chokepoint.Cli.Infrastructure;
using Chokepoint.Model;
using Chokepoint.Reports;

namespace Chokepoint.Cli.Commands;

/// <summary>The report's terminal summary (tables) and JSON.</summary>
internal static class ReportSummary
{
    public static void Print(CliContext ctx, HeadlineReport r, IReadOnlyList<ReportContribution> extra, string index)
    {
        var views = HeadlineReport.Views(r.Today, r.Comparison);
        var exposure = new TableModel($"Products made in the USA / the worst EU member: makers' output at risk from Chinese export controls (computed, static bound)",
            "product", $"USA {views[0]}", $"USA {views[1]}", "USA full cut-off", $"EU {views[0]}", $"EU {views[1]}", "EU full cut-off", "binding input (USA now)")
            .Numeric(1, 2, 3, 4, 5, 6);
        foreach (var product in r.Exposures.Select(e => e.Product).Distinct())
        {
            string Cell(string t, string v) => r.Exposures.FirstOrDefault(e => e.Product == product && e.Target == t && e.View == v) is { } e ? e.Shown(x => Format.Pct(100 * x)) : "";
            exposure.Add(product, Cell("USA", views[0]), Cell("USA", views[1]), Cell("USA", views[2]), Cell("EU", views[0]), Cell("EU", views[1]), Cell("EU", views[2]),
                r.Exposures.First(e => e.Product == product && e.Target == "USA" && e.View == views[0]).BindingInput);
        }
        exposure.Note("Made in: output of the makers located in the target ('exposure ITEM --to ISO3 --made-in'); 'exposure ITEM --to ISO3' alone gives what buyers there receive, wherever it was made. No stocks or substitution. Shares and recipes: production.csv, recipes.csv (sources in the HTML report).");
        var usa = ExposureCommands.Table(r.ChokepointsUsa.Take(10).ToList(), r.Issuer, "USA", r.Today);
        var eu = ExposureCommands.Table(r.ChokepointsEu.Take(10).ToList(), r.Issuer, "EU (worst member)", r.Today);
        var counts = new TableModel($"Measures as of {Format.Date(r.Today)}", "status", "count").Numeric(1);
        foreach (var g in r.Timeline.GroupBy(m => m.Status).OrderBy(g => g.Key)) counts.Add(Names.Of(g.Key), Format.Int(g.Count()));
        foreach (var lapse in r.LapsedSuspensions)
            counts.Note(Analysis.Controls.LapsedSuspensions.Warning(lapse));
        if (r.ReviewNote is { } review) counts.Note(review);
        counts.Note($"Report written to {index}");
        var tables = new List<TableModel> { exposure, usa, eu, counts };
        tables.InsertRange(3, extra.SelectMany(c => c.Tables));
        ctx.Render.Write(new
        {
            as_of = Format.Date(r.Today),
            report = index,
            exposures = r.Exposures.Select(e => new { product = e.Product, target = e.Target, semantics = "made_in", view = e.View, output_at_risk = Math.Round(e.OutputAtRisk, 6), binding_input = e.BindingInput,
                branches = e.IfRecordedEnd is { } b ? new { if_recorded_end = new { output_at_risk = Math.Round(b, 6) }, if_extended = new { output_at_risk = Math.Round(e.OutputAtRisk, 6) } } : null }).ToList(),
            chokepoints_usa = ExposureCommands.Json(r.ChokepointsUsa),
            chokepoints_eu = ExposureCommands.Json(r.ChokepointsEu),
            issuer_shares = r.IssuerShares.Select(s => new { item = s.Item, year = s.Year, share_pct = s.SharePct, basis = s.Basis, proxy = s.IsProxy, source = s.Source, confidence = Names.Of(s.Confidence) }).ToList(),
            measures = r.Timeline.Select(m => new { id = m.Measure.Id, status = Names.Of(m.Status), status_if_unchanged = m.StatusIfUnchanged is { } s ? Names.Of(s) : null }).ToList(),
            review_note = r.ReviewNote,
            extra = extra.Select(c => c.Json).ToList(),
        }, tables.ToArray());
    }
}
