using Chokepoint.Cli.Infrastructure;
using Chokepoint.Contracts;
using Chokepoint.Model;

namespace Chokepoint.Cli.Commands;

/// <summary><c>shares ITEM --firms</c>: producers at the grain of plants.</summary>
internal static class FirmShares
{
    public static void Write(CliContext ctx, Dataset dataset, string item)
    {
        var rows = FirmShareJson.Of(dataset, item);
        if (rows.Count == 0) throw CliException.Usage($"item '{item}' has no rows in production.csv");
        var year = dataset.LatestYear[item];
        var table = new TableModel($"{item}: producers {year} (plants and the rest of their countries)", "producer", "firm", "parent", "country", "share %", "of country %", "source", "confidence").Numeric(4, 5);
        foreach (var r in rows)
            table.Add(r.Producer, r.Firm ?? "(rest of country)", r.ParentFirm ?? "", r.Country, Format.Pct(r.SharePct), Format.Pct(r.ShareOfCountryPct), r.Source, r.Confidence);
        table.Note("A plant's share is part of its country's row of production.csv, never added to it (plants.csv); the engine and 'exposure' treat each plant as one more producer.");
        if (rows.All(r => r.Firm is null)) table.Note($"No plants of {item} in plants.csv: producers are countries only.");
        foreach (var src in rows.Select(r => r.Source).Distinct()) table.Note(AnalysisOptions.SourceLabel(dataset, src));
        ctx.Render.Write(rows, table);
    }
}
