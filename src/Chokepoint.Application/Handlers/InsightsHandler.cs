using System.Globalization;
using Chokepoint.Application.Inputs;
using Chokepoint.Application.Tables;
using Chokepoint.Application.Wording;
using Chokepoint.Evidence.Insights;
using Chokepoint.Evidence.Store;
using Chokepoint.Evidence.Tagging;

namespace Chokepoint.Application.Handlers;

/// <summary>insights --industry X: the industry's core insights over the workspace (<see cref="InsightWriter"/>) with one table per group and the references.</summary>
public static class InsightsHandler
{
    /// <summary>The industries insights can be asked for: those of the dataset's items and of the document tagger.</summary>
    public static IReadOnlyList<string> Industries(Session s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s.Dataset.Items.Values.Select(i => i.Industry).Concat(IndustryTagger.Lexicon.Select(l => l.Industry))
            .Where(i => i.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The insights of <paramref name="industry"/> (an industry id; spaces and case are forgiven) over <paramref name="workspace"/>.</summary>
    public static Answer<IndustryInsights> Handle(Session s, Workspace workspace, string? industry)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(workspace);
        var known = Industries(s);
        var id = (industry ?? "").Trim().ToLowerInvariant().Replace(' ', '-');
        if (id.Length == 0) throw new RequestException(s.P("industry"), $"an industry is required; expected one of {string.Join(", ", known)}");
        if (!known.Contains(id)) throw new RequestException(s.P("industry"), $"industry '{industry}' is unknown; expected one of {string.Join(", ", known)}");
        var insights = new InsightWriter(s.Dataset).Write(workspace, id);
        var tables = new List<Table>();
        foreach (var g in insights.Groups)
        {
            var table = new Table($"{id}: {g.Title}", "insight", "refs", "flag").Kinds(CellKind.Reference, 1);
            foreach (var i in g.Insights)
                table.Add(i.Text, References.Cell(i.References), i.Flag is null ? "" : $"{i.Flag}: {i.FlagNote}");
            tables.Add(table);
        }
        if (tables.Count == 0)
            tables.Add(new Table($"{id}: insights", "insight").Note($"No claim or control event in the workspace belongs to {id}; ingest documents first or try another industry."));
        var refs = new Table("References", "#", "document", "paragraph", "page", "sentence").Kinds(CellKind.Anchor, 0).Kinds(CellKind.Document, 1).Numeric(2, 3);
        foreach (var r in insights.References)
            refs.Add(References.Cell(r.Number), $"#{r.DocumentId.ToString(CultureInfo.InvariantCulture)} {r.Document}", Format.Int(r.Paragraph),
                r.Page is { } p ? Format.Int(p) : "", r.Quote);
        refs.Note($"{insights.Claims} claim(s) and {insights.Events} control event(s) from {insights.Documents} document(s); a flag marks where the dataset disagrees, cannot compare or has no matching measure.");
        if (insights.References.Count > 0) tables.Add(refs);
        return new Answer<IndustryInsights>(insights, tables);
    }
}
