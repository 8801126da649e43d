using Chokepoint.Analysis.Concentration;
using Chokepoint.Application.Inputs;
using Chokepoint.Application.Tables;
using Chokepoint.Application.Wording;
using Chokepoint.Contracts;
using Chokepoint.Model;

namespace Chokepoint.Application.Handlers;

/// <summary>shares ITEM: country shares of world production with sources, HHI and top-3 share.</summary>
public static class SharesHandler
{
    /// <summary>Shares of <paramref name="item"/> in <paramref name="year"/> (latest with data when null).</summary>
    public static SharesAnswer Handle(Session s, string? item, int? year)
    {
        ArgumentNullException.ThrowIfNull(s);
        var dataset = s.Dataset;
        var itemParam = s.Arg("ITEM", "id");
        var id = Resolve.Item(dataset, item, itemParam).Id;
        if (year is { } y0) Resolve.Range(y0, s.P("year"), 1900, 2100);
        var result = ConcentrationAnalysis.Of(dataset, id, year) ?? throw (year is null
            ? new RequestException(itemParam, $"item '{id}' has no rows in production.csv", ErrorKind.NotFound)
            : new RequestException(s.P("year"), $"item '{id}' has no shares for {year}; years with data: {string.Join(", ", dataset.Tables.Production.Where(p => p.Item == id).Select(p => p.Year).Distinct().Order())}", ErrorKind.NotFound));
        var table = new Table($"{id}: {ShareLabels.TableTitle(result.Shares.Select(x => x.Basis))} {result.Year}", "country", "share %", "basis", "source", "confidence").Numeric(1).Kinds(CellKind.Id, 0).Kinds(CellKind.Source, 3)
            .AnchorRows("share-", 0);
        table.Note($"HHI {result.Hhi.ToString("0", System.Globalization.CultureInfo.InvariantCulture)} and top-3 share {Format.Pct(result.Top3Pct)} (computed from the rows above; ROW excluded from HHI)");
        foreach (var sh in result.Shares) table.Add(sh.Country, Format.Pct(sh.SharePct), ShareLabels.Tag(sh.Basis, sh.IsProxy) is { Length: > 0 } tag ? tag : "output", sh.Source, Names.Of(sh.Confidence));
        if (ShareLabels.Footnote(result.Shares.Select(x => (x.Basis, x.IsProxy))) is { Length: > 0 } footnote) table.Note(footnote + " (docs/data.md)");
        foreach (var src in result.Shares.Select(x => x.Source).Distinct()) table.Note(Sources.Label(dataset, src));
        var others = dataset.Tables.Claims.Where(c => c.Item == id).ToList();
        foreach (var c in others) table.Note($"Other published figure: {c.Country} {Format.Pct(c.ValuePct)} ({c.Metric}, {c.Year}) per {c.Source}{(c.Note.Length > 0 ? " — " + c.Note : "")}");
        return new SharesAnswer(result, others, SharesJson.Of(result), table);
    }
}
