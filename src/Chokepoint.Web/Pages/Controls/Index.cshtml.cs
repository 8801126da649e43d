using Chokepoint.Application.Inputs;
using Chokepoint.Analysis.Controls;
using Chokepoint.Application.Handlers;
using Chokepoint.Model;
using Chokepoint.Web.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chokepoint.Web.Pages.Controls;

/// <summary>The registry on a date with filters; the compliance look-up is the same query (HS code + destination + date).</summary>
public sealed class IndexModel(AnalysisQueries queries) : PageModel
{
    /// <summary>as_of.</summary>
    [BindProperty(SupportsGet = true, Name = "as_of")] public string? AsOf { get; set; }
    /// <summary>issuer ISO3.</summary>
    [BindProperty(SupportsGet = true)] public string? Issuer { get; set; }
    /// <summary>target (destination) ISO3.</summary>
    [BindProperty(SupportsGet = true)] public string? Target { get; set; }
    /// <summary>item id.</summary>
    [BindProperty(SupportsGet = true)] public string? Item { get; set; }
    /// <summary>HS code prefix.</summary>
    [BindProperty(SupportsGet = true)] public string? Hs { get; set; }
    /// <summary>Any code a text uses (HS or national tariff line, ECCN, EU Annex I entry, China's or the Netherlands' list number).</summary>
    [BindProperty(SupportsGet = true)] public string? Code { get; set; }
    /// <summary>status.</summary>
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }

    /// <summary>The handler's answer (rows, table, notes).</summary>
    public ControlsAnswer Answer { get; private set; } = null!;
    /// <summary>The date used.</summary>
    public DateOnly Date => Answer.AsOf;
    /// <summary>Matching measures.</summary>
    public IReadOnlyList<MeasureOnDate> Rows => Answer.Rows;
    /// <summary>Input error.</summary>
    public string? Error { get; private set; }
    /// <summary>Suspensions that lapsed shortly before the date.</summary>
    public IReadOnlyList<ControlMeasure> Lapsed => Answer.Lapsed;
    /// <summary>Which code systems the code matched (the table note every surface prints), or null without a code.</summary>
    public string? CodeNote => string.IsNullOrWhiteSpace(Code) || Error is not null ? null : Answer.Table.Notes.FirstOrDefault(n => n.StartsWith("Code ", StringComparison.Ordinal));
    /// <summary>True when HS code and destination are both given: show the look-up answer.</summary>
    public bool IsLookup => !string.IsNullOrWhiteSpace(Hs) && !string.IsNullOrWhiteSpace(Target);
    /// <summary>Issuers of the registry for the filter.</summary>
    public IReadOnlyList<string> Issuers => queries.Dataset.Tables.Controls.Select(m => m.Issuer).Distinct().Order(StringComparer.Ordinal).ToList();
    /// <summary>Countries for the filters.</summary>
    public IReadOnlyList<string> Countries => queries.Dataset.Countries.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>Runs the query.</summary>
    public void OnGet()
    {
        try
        {
            Answer = queries.Controls(new ControlsRequest(AsOf, Issuer, Target, Item, Hs, Status, Code));
        }
        catch (RequestException ex)
        {
            Error = ex.Message;
            Answer = queries.Controls(new ControlsRequest());
        }
    }
}
