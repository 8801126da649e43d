using Chokepoint.Application.Inputs;
using Chokepoint.Application.Handlers;
using Chokepoint.Model;
using Chokepoint.Web.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chokepoint.Web.Pages.Controls;

/// <summary>One measure: the tables 'chokepoint controls show' prints (fields, clauses, phases, history), its status on a date, notes and sources.</summary>
public sealed class MeasureModel(AnalysisQueries queries) : PageModel
{
    /// <summary>Measure id.</summary>
    [BindProperty(SupportsGet = true)] public string Id { get; set; } = "";
    /// <summary>as_of.</summary>
    [BindProperty(SupportsGet = true, Name = "as_of")] public string? AsOf { get; set; }

    /// <summary>The measure.</summary>
    public ControlMeasure Measure { get; private set; } = null!;
    /// <summary>Status on the date, null when not yet announced.</summary>
    public MeasureStatus? Status { get; private set; }
    /// <summary>The date.</summary>
    public DateOnly Date { get; private set; }
    /// <summary>Measures that suspend this one.</summary>
    public IReadOnlyList<ControlMeasure> SuspendedBy { get; private set; } = [];
    /// <summary>The dataset.</summary>
    public Dataset Dataset => queries.Dataset;
    /// <summary>Input error.</summary>
    public string? Error { get; private set; }

    /// <summary>Loads the measure or answers 404.</summary>
    public IActionResult OnGet()
    {
        if (!queries.Dataset.Measures.ContainsKey(Id))
            return Redirect($"/controls/{Uri.EscapeDataString(Resolve.Measure(queries.Dataset, Id, "id").Id)}{Request.QueryString}"); // or a 404 page naming close ids
        MeasureAnswer answer;
        try { answer = queries.Measure(Id, AsOf); }
        catch (RequestException ex) { Error = ex.Message; answer = queries.Measure(Id, null); }
        Answer = answer;
        var m = answer.Measure;
        Measure = m;
        Date = answer.AsOf;
        Status = answer.Review?.Status;
        SuspendedBy = answer.SuspendedBy;
        return Page();
    }

    /// <summary>The handler's answer: the same tables (scope clauses, phases, history, sources) as 'chokepoint controls show'.</summary>
    public MeasureAnswer Answer { get; private set; } = null!;
}
