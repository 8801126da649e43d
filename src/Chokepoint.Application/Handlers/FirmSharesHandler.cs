using Chokepoint.Application.Inputs;
using Chokepoint.Application.Tables;
using Chokepoint.Application.Wording;
using Chokepoint.Contracts;

namespace Chokepoint.Application.Handlers;

/// <summary>shares ITEM --firms: producers at the grain of plants (plants.csv), each with its firm and the rest of its country.</summary>
public static class FirmSharesHandler
{
    /// <summary>The producers of <paramref name="item"/> in its latest year, as contract rows and table.</summary>
    public static (IReadOnlyList<FirmShareJson> Json, Table Table) Handle(Session s, string? item)
    {
        ArgumentNullException.ThrowIfNull(s);
        var dataset = s.Dataset;
        var itemParam = s.Arg("ITEM", "id");
        var id = Resolve.Item(dataset, item, itemParam).Id;
        var rows = FirmShareJson.Of(dataset, id);
        if (rows.Count == 0) throw new RequestException(itemParam, $"item '{id}' has no rows in production.csv", ErrorKind.NotFound);
        var table = new Table($"{id}: producers {dataset.LatestYear[id]} (plants and the rest of their countries)",
            "producer", "firm", "parent", "country", "share %", "of country %", "source", "confidence").Numeric(4, 5).Kinds(CellKind.Id, 0, 3).Kinds(CellKind.Source, 6);
        foreach (var r in rows)
            table.Add(r.Producer, r.Firm ?? "(rest of country)", r.ParentFirm ?? "", r.Country, Format.Pct(r.SharePct), Format.Pct(r.ShareOfCountryPct), r.Source, r.Confidence);
        table.Note("A plant's share is part of its country's row of production.csv, never added to it (plants.csv); the engine and 'exposure' treat each plant as one more producer.");
        if (rows.All(r => r.Firm is null)) table.Note($"No plants of {id} in plants.csv: producers are countries only.");
        foreach (var src in rows.Select(r => r.Source).Distinct()) table.Note(Sources.Label(dataset, src));
        return (rows, table);
    }
}
