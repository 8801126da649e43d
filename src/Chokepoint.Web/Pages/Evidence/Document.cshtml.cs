using Chokepoint.Application.Inputs;
using Chokepoint.Application.Tables;
using Chokepoint.Evidence.Store;
using Chokepoint.Web.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chokepoint.Web.Pages.Evidence;

/// <summary>One document: its brief (claims and events by industry) and its extracted text, always escaped.</summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Chokepoint.Web.Hosting.HeavyRequests.ReadPolicy)]
public sealed class DocumentModel(EvidenceQueries evidence) : PageModel
{
    /// <summary>Document id.</summary>
    [BindProperty(SupportsGet = true)] public long Id { get; set; }
    /// <summary>The document.</summary>
    public StoredDocument Document { get; private set; } = null!;
    /// <summary>Its text.</summary>
    public string Body { get; private set; } = "";
    /// <summary>Its brief as 'chokepoint insights DOCUMENT' prints it: industries, claims, control events.</summary>
    public IReadOnlyList<Table> Tables { get; private set; } = [];

    /// <summary>Loads the document or answers 404.</summary>
    public IActionResult OnGet()
    {
        // An unknown id is a RequestException: the 404 page names it and where documents are listed.
        (Document, Body) = evidence.Document(Id);
        Tables = evidence.Briefs(Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Tables;
        return Page();
    }
}
