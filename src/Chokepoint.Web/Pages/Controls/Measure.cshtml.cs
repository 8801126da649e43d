using Chokepoint.Application.Inputs;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Chokepoint.Application.Handlers;
using Chokepoint.Contracts;
using Chokepoint.Model;
using Chokepoint.Web.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chokepoint.Web.Pages.Controls;

/// <summary>One measure: every field the registry records (clauses, phases, scope when present), its status on a date, notes and sources.</summary>
public sealed class MeasureModel(AnalysisQueries queries) : PageModel
{
    // Every field of the record as the registry spells it; enums as words, compact.
    private static readonly JsonSerializerOptions Shown = new(ContractJson.Compact) { TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(), Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) } };

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
    /// <summary>Every recorded field as name → JSON text (so fields added to the registry appear without a page change).</summary>
    public IReadOnlyList<(string Name, string Value)> Fields { get; private set; } = [];
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
        var json = JsonSerializer.SerializeToNode(m, Shown) as JsonObject ?? [];
        json["kind"] = Names.Of(m.Kind);
        Fields = json.Where(p => p.Value is not null && p.Key is not ("notes" or "sources" or "origin" or "pass_fraction" or "phases" or "scope" or "effective_scope") && !(p.Value is JsonArray { Count: 0 }) && p.Value.ToJsonString() != "\"\"")
            .Select(p => (p.Key, p.Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : p.Value!.ToJsonString(Shown))).ToList();
        SuspendedBy = answer.SuspendedBy;
        return Page();
    }

    /// <summary>The handler's answer: the same tables (scope clauses, phases, history, sources) as 'chokepoint controls show'.</summary>
    public MeasureAnswer Answer { get; private set; } = null!;
}
