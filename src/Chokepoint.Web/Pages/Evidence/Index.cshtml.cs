using Chokepoint.Application.Evidence;
using Chokepoint.Application.Inputs;
using Chokepoint.Application.Tables;
using Chokepoint.Evidence.Reconciliation;
using Chokepoint.Evidence.Store;
using Chokepoint.Web.Api;
using Chokepoint.Web.Hosting;
using Chokepoint.Web.Jobs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chokepoint.Web.Pages.Evidence;

/// <summary>Evidence: upload documents, list them by industry, search with highlighted snippets, claims against the dataset, briefs per industry.</summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Chokepoint.Web.Hosting.HeavyRequests.ReadPolicy)]
public sealed class IndexModel(EvidenceQueries evidence, JobBoard jobs, WebOptions options) : PageModel
{
    private const string NoDocument = "The workspace holds no document yet: upload some above.";

    /// <summary>Search hits on one page.</summary>
    public const int SearchPageSize = 50;

    /// <summary>Industry filter.</summary>
    [BindProperty(SupportsGet = true)] public string? Industry { get; set; }
    /// <summary>Search query.</summary>
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    /// <summary>Claim status filter.</summary>
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    /// <summary>Documents skipped before the shown page.</summary>
    [BindProperty(SupportsGet = true, Name = "documents_offset")] public string? DocumentsOffset { get; set; }
    /// <summary>Search hits skipped before the shown page.</summary>
    [BindProperty(SupportsGet = true, Name = "search_offset")] public string? SearchOffset { get; set; }
    /// <summary>Claims skipped before the shown page.</summary>
    [BindProperty(SupportsGet = true, Name = "claims_offset")] public string? ClaimsOffset { get; set; }
    /// <summary>Ingest job to follow.</summary>
    [BindProperty(SupportsGet = true)] public string? Job { get; set; }
    /// <summary>Uploaded files.</summary>
    [BindProperty] public List<IFormFile> Files { get; set; } = [];

    /// <summary>The page of documents shown, with the total.</summary>
    public Page<StoredDocument> Documents { get; private set; } = new([], 0, 0);
    /// <summary>The documents of the page as 'chokepoint documents' prints them, ids linked.</summary>
    public Table DocumentsTable { get; private set; } = new Table("Documents (0)").WhenEmpty(NoDocument);
    /// <summary>The claims of the page as 'chokepoint claims' prints them, documents and items linked.</summary>
    public Table ClaimsTable { get; private set; } = new Table("Claims (0)");
    /// <summary>The page of search hits, as 'chokepoint search' prints it (snippets highlighted, documents linked); null without a query.</summary>
    public SearchAnswer? Search { get; private set; }
    /// <summary>The page of claims shown, with the total.</summary>
    public Page<ClaimView> Claims { get; private set; } = new([], 0, 0);
    /// <summary>The shown documents summed by industry, with their first control events (the summary of 'chokepoint insights').</summary>
    public IReadOnlyList<Table> IndustryTables { get; private set; } = [];
    /// <summary>Error message.</summary>
    public string? Error { get; private set; }
    /// <summary>The ingest job state.</summary>
    public JobJson? State { get; private set; }
    /// <summary>Industries for the filter.</summary>
    public IReadOnlyList<string> Industries => EvidenceInputs.Industries;
    /// <summary>True when writes need the key.</summary>
    public bool NeedsKey => !string.IsNullOrEmpty(options.Key);

    /// <summary>The link to this view with <paramref name="parameter"/> (documents_offset, claims_offset or search_offset) set to <paramref name="offset"/>.</summary>
    public string PageLink(string parameter, int offset)
    {
        var query = Request.Query.Where(q => q.Key != parameter && q.Key != "job").ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
        if (offset > 0) query[parameter] = offset.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/evidence", query);
    }

    /// <summary>Shows the workspace.</summary>
    public void OnGet() => Load();

    /// <summary>Queues the uploaded files for ingest and follows the job.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        try
        {
            var files = new List<(string, byte[])>();
            foreach (var f in Files)
            {
                if (f.Length > EvidenceQueries.MaxFileBytes) throw new RequestException("files", $"'{f.FileName}' is larger than {EvidenceQueries.MaxFileBytes / (1024 * 1024)} MB");
                using var ms = new MemoryStream();
                await f.CopyToAsync(ms, HttpContext.RequestAborted);
                files.Add((Path.GetFileName(f.FileName), ms.ToArray()));
            }
            var job = evidence.StartIngest(files);
            if (job is null) { Error = "The job queue is full; try again shortly."; Load(); return Page(); }
            return Redirect($"/evidence?job={job.Id}");
        }
        catch (RequestException ex)
        {
            Error = ex.Message;
            Load();
            return Page();
        }
    }

    private void Load()
    {
        try
        {
            if (!string.IsNullOrWhiteSpace(Job)) State = jobs.Find(Job)?.Snapshot();
            var documents = evidence.Documents(Industry, null, DocumentsOffset);
            Documents = documents.Page;
            DocumentsTable = documents.Table.WhenEmpty(NoDocument);
            if (!string.IsNullOrWhiteSpace(Q))
                Search = evidence.Search(new SearchQuery(Q, Industry, Limit: SearchPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture), Offset: SearchOffset), HttpContext?.RequestAborted ?? default);
            var claims = evidence.Claims(new ClaimsInput(Status: Status, Industry: Industry, Offset: ClaimsOffset), HttpContext?.RequestAborted ?? default);
            Claims = claims.Page;
            ClaimsTable = claims.Table;
            IndustryTables = BriefsHandler.ByIndustry(evidence.Briefs(Documents.Items)).ToList();
        }
        catch (RequestException ex)
        {
            Error = ex.Message;
        }
    }
}
