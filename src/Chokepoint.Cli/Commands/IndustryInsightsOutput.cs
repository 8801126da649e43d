using System.Globalization;
using Chokepoint.Cli.Infrastructure;
using Chokepoint.Evidence.Insights;
using Chokepoint.Evidence.Store;
using Chokepoint.Evidence.Tagging;
using Chokepoint.Model;

namespace Chokepoint.Cli.Commands;

/// <summary>insights --industry X: the industry's core insights (written by <see cref="InsightWriter"/>) as tables or JSON.</summary>
internal static class IndustryInsightsOutput
{
    public static void Write(CliContext ctx, Workspace workspace, Dataset dataset, string industryText)
    {
        var industry = EvidenceOptions.CanonicalIndustry(industryText)!;
        var known = dataset.Items.Values.Select(i => i.Industry).Concat(IndustryTagger.Lexicon.Select(l => l.Industry)).Distinct().Order(StringComparer.Ordinal).ToList();
        if (!known.Contains(industry))
            throw CliException.Usage($"--industry '{industryText}' is unknown; expected one of {string.Join(", ", known)}");
        var insights = new InsightWriter(dataset).Write(workspace, industry);
        var tables = new List<TableModel>();
        foreach (var g in insights.Groups)
        {
            var table = new TableModel($"{industry}: {g.Title}", "insight", "refs", "flag");
            foreach (var i in g.Insights)
                table.Add(i.Text, string.Join(" ", i.References.Select(r => $"[{r.ToString(CultureInfo.InvariantCulture)}]")), i.Flag is null ? "" : $"{i.Flag}: {i.FlagNote}");
            tables.Add(table);
        }
        if (tables.Count == 0)
            tables.Add(new TableModel($"{industry}: insights", "insight").Note($"No claim or control event of the workspace belongs to {industry}; run 'chokepoint ingest PATH' or try another industry."));
        var refs = new TableModel("References", "#", "document", "paragraph", "page", "sentence").Numeric(0, 2, 3);
        foreach (var r in insights.References)
            refs.Add($"[{r.Number.ToString(CultureInfo.InvariantCulture)}]", $"#{r.DocumentId.ToString(CultureInfo.InvariantCulture)} {r.Document}", Format.Int(r.Paragraph),
                r.Page is { } p ? Format.Int(p) : "", EvidenceOptions.Cut(r.Quote, 100));
        refs.Note($"{insights.Claims} claim(s) and {insights.Events} control event(s) from {insights.Documents} document(s); flags mark where the dataset disagrees or cannot compare.");
        if (insights.References.Count > 0) tables.Add(refs);
        ctx.Render.Write(insights, tables.ToArray());
    }
}
