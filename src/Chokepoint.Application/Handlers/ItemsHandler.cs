using System.Globalization;
using Chokepoint.Analysis.Concentration;
using Chokepoint.Application.Inputs;
using Chokepoint.Application.Tables;
using Chokepoint.Application.Wording;
using Chokepoint.Contracts;
using Chokepoint.Model;

namespace Chokepoint.Application.Handlers;

/// <summary>items: the dataset's items, filtered by industry and kind.</summary>
public static class ItemsHandler
{
    /// <summary>The items of <paramref name="industry"/> and <paramref name="kind"/> (either may be null).</summary>
    public static Answer<IReadOnlyList<ItemJson>> Handle(Session s, string? industry, string? kind)
    {
        ArgumentNullException.ThrowIfNull(s);
        var items = List(s, industry, kind);
        var table = new Table($"Items ({items.Count})", "id", "name", "kind", "unit", "industry", "hs codes", "largest producer (latest year)").Kinds(CellKind.Item, 0);
        foreach (var i in items) table.Add(i.Id, i.Name, Names.Of(i.Kind), i.Unit, i.Industry, string.Join(";", i.HsCodes), Largest(s.Dataset, i.Id));
        table.Note("Largest producer: the first row of 'chokepoint shares ITEM' (production.csv, latest year; each row with its source).");
        return new(items.Select(ItemJson.Of).ToList(), [table]);
    }

    /// <summary>What item <paramref name="id"/> is made from: its direct inputs in recipes.csv ('items ITEM'; the inputs of an item's page).</summary>
    public static Answer<IReadOnlyList<ItemInputJson>> Inputs(Session s, string? id)
    {
        ArgumentNullException.ThrowIfNull(s);
        var item = Resolve.Item(s.Dataset, id, s.Arg("ITEM", "id"));
        var lines = s.Dataset.InputsOf(item.Id);
        // The unit column says what the quantity counts (battery-pack 64 is kWh, a magnet 0.2 is kg): the input's unit.
        var table = new Table($"What {item.Id} is made from ({lines.Count} inputs)", "input", $"quantity per {item.Unit}", "unit", "essential", "source")
            .Kinds(CellKind.Item, 0).Numeric(1).Kinds(CellKind.Source, 4).WhenEmpty($"recipes.csv gives no input of {item.Id}.");
        string UnitOf(string input) => s.Dataset.Items.TryGetValue(input, out var i) ? i.Unit : "";
        foreach (var l in lines) table.Add(l.Input, l.Quantity.ToString("0.######", CultureInfo.InvariantCulture), UnitOf(l.Input), Words.YesNo(l.Essential), l.Source);
        table.Note("Quantity (in the input's unit) and essential as recipes.csv gives them, each row with its source; 'chokepoint exposure' follows these inputs tier by tier.");
        return new(lines.Select(l => ItemInputJson.Of(l, UnitOf(l.Input))).ToList(), [table]);
    }

    private static string Largest(Dataset dataset, string item) =>
        ConcentrationAnalysis.Of(dataset, item) is { Shares.Count: > 0 } c ? $"{c.Shares[0].Country} {Format.Pct(c.Shares[0].SharePct)}" : "";

    /// <summary>The items themselves (for pages that add columns).</summary>
    public static IReadOnlyList<Item> List(Session s, string? industry, string? kind)
    {
        ArgumentNullException.ThrowIfNull(s);
        var k = Resolve.Kind(kind, s.P("kind"));
        var ind = Resolve.Industry(s.Dataset, industry, s.P("industry"));
        return s.Dataset.Tables.Items.Where(i => (ind is null || i.Industry == ind) && (k is null || i.Kind == k)).ToList();
    }

    /// <summary>Industries of the dataset's items, sorted.</summary>
    public static IReadOnlyList<string> Industries(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return dataset.Tables.Items.Select(i => i.Industry).Distinct().Order(StringComparer.Ordinal).ToList();
    }
}
