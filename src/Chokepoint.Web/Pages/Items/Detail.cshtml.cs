using Chokepoint.Application.Inputs;
using Chokepoint.Analysis.Concentration;
using Chokepoint.Application.Handlers;
using Chokepoint.Application.Tables;
using Chokepoint.Model;
using Chokepoint.Web.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chokepoint.Web.Pages.Items;

/// <summary>One item: shares by country with sources and the other published figures, its plants and firms, measures on a date, dependent products, inputs.</summary>
public sealed class DetailModel(AnalysisQueries queries) : PageModel
{
    /// <summary>Item id from the route.</summary>
    [BindProperty(SupportsGet = true)] public string Id { get; set; } = "";

    /// <summary>as_of for the measures.</summary>
    [BindProperty(SupportsGet = true, Name = "as_of")] public string? AsOf { get; set; }

    /// <summary>The item.</summary>
    public Item Item { get; private set; } = null!;

    /// <summary>
    /// Latest shares with the table 'chokepoint shares ITEM' prints (rows anchored "#share-CTRY", the other published
    /// figures of claims.csv in its notes), or null when production.csv has none.
    /// </summary>
    public SharesAnswer? Shares { get; private set; }

    /// <summary>
    /// Producers at the grain of plants (firm, parent, country, share, source), the table 'chokepoint shares ITEM --firms'
    /// prints; null when plants.csv names no plant of the item.
    /// </summary>
    public Table? Firms { get; private set; }

    /// <summary>Measures covering the item on the date: the table 'chokepoint controls --item ITEM' prints.</summary>
    public Table Measures { get; private set; } = null!;

    /// <summary>The date used.</summary>
    public DateOnly Date { get; private set; }

    /// <summary>Products whose recipes reach this item at some tier.</summary>
    public IReadOnlyList<string> Dependents { get; private set; } = [];

    /// <summary>Direct inputs (recipes.csv): the table 'chokepoint items ITEM' prints.</summary>
    public Table Inputs { get; private set; } = null!;

    /// <summary>Error message for a bad date.</summary>
    public string? Error { get; private set; }

    /// <summary>Loads the item or answers 404.</summary>
    public IActionResult OnGet()
    {
        if (!queries.Dataset.Items.TryGetValue(Id, out var item))
        {
            // A name or an id in another case leads to the item's page; anything else is a 404 page naming close ids.
            var found = Resolve.Item(queries.Dataset, Id, "id");
            return Redirect($"/items/{Uri.EscapeDataString(found.Id)}{Request.QueryString}");
        }
        Item = item;
        if (ConcentrationAnalysis.Of(queries.Dataset, Id) is not null)
        {
            Shares = queries.Shares(Id, null);
            var (rows, table) = queries.FirmShares(Id);
            if (rows.Any(r => r.Firm is not null)) Firms = table;
        }
        try
        {
            (Date, Measures) = Pick(queries.Controls(new ControlsRequest(AsOf, Item: Id)));
        }
        catch (RequestException ex)
        {
            Error = ex.Message;
            (Date, Measures) = Pick(queries.Controls(new ControlsRequest(Item: Id)));
        }
        Inputs = queries.Inputs(Id).Tables[0];
        Dependents = DependentProducts(queries.Dataset, Id);
        return Page();
    }

    private static (DateOnly, Table) Pick(ControlsAnswer a) => (a.AsOf, a.Table);

    private static List<string> DependentProducts(Dataset dataset, string id)
    {
        var users = dataset.Tables.Recipes.ToLookup(r => r.Input, r => r.Output);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([id]);
        while (queue.Count > 0)
            foreach (var output in users[queue.Dequeue()])
                if (seen.Add(output)) queue.Enqueue(output);
        return seen.Where(s => dataset.Items.TryGetValue(s, out var i) && i.Kind == ItemKind.Product).Order(StringComparer.Ordinal).ToList();
    }
}
