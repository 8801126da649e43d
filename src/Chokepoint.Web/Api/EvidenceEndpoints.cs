using Chokepoint.Application.Inputs;
using Chokepoint.Contracts;
using Chokepoint.Web.Hosting;
using Chokepoint.Web.Jobs;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Chokepoint.Web.Api;

/// <summary>The evidence workspace under /api/v1: upload (a job), documents, search, claims, insights.</summary>
internal static class EvidenceEndpoints
{
    private const string Paging = "limit 1–1000 (default 100), offset 0 or more; the number of rows on every page together is in the X-Total-Count header. Reads beyond one per core wait their turn (503 with Retry-After when 512 already wait).";

    public static RouteGroupBuilder MapEvidenceApi(this RouteGroupBuilder api)
    {
        api.MapPost("/documents", Upload).WithSummary("Upload documents into the workspace (a job)")
            .WithDescription("multipart/form-data with one or more 'files' (.txt, .md, .html; at most 20 files and 20 MB each). Returns 202 with the ingest job; its result lists what happened to each file. A write: needs the access key when one is set.")
            .DisableAntiforgery().Accepts<IFormFileCollection>("multipart/form-data");
        api.MapGet("/documents", Documents).WithSummary("Documents of the workspace, a page at a time").WithDescription(Paging + " Filter by industry. Same fields as 'chokepoint documents --format json'.")
            .RequireRateLimiting(HeavyRequests.ReadPolicy);
        api.MapGet("/search", Search).WithSummary("Full-text search of the workspace, ranked by bm25").WithDescription("q in FTS5 syntax (words, \"phrases\", AND/OR/NOT, prefix*); filters industry, item, issuer (ISO3), from/to (dates of control events in the document, YYYY[-MM[-DD]]); limit 1–1000, offset. score is the bm25 relevance (higher is better). Snippets mark matches between « and ». The total number of matches is in the X-Total-Count header. A search is stopped after 5 s (503) or when the client disconnects; searches beyond one per core wait their turn (503 with Retry-After when 512 already wait). Same fields as 'chokepoint search --format json'.")
            .RequireRateLimiting(HeavyRequests.SearchPolicy);
        api.MapGet("/claims", Claims).WithSummary("Share claims compared with the dataset, a page at a time").WithDescription(Paging + " status agrees, conflicts or new; filters document, item, country. page is the PDF page of the sentence (null for other documents). Same fields as 'chokepoint claims --format json'.")
            .RequireRateLimiting(HeavyRequests.ReadPolicy);
        api.MapGet("/insights", Briefs).WithSummary("Briefs per document, grouped by industry, a page of documents at a time").WithDescription(Paging + " Optionally one document (id or file). Same fields as 'chokepoint insights --format json'.")
            .RequireRateLimiting(HeavyRequests.ReadPolicy);
        api.MapGet("/insights/{industry}", Insights).WithSummary("Core insights of one industry with numbered references").WithDescription("Supply shares, export controls and figures the dataset cannot place, each insight citing references (document, paragraph, PDF page) and flagged where the dataset disagrees. Same fields as 'chokepoint insights --industry X --format json'.")
            .RequireRateLimiting(HeavyRequests.ReadPolicy);
        return api;
    }

    private static async Task<Results<Accepted<JobJson>, ProblemHttpResult>> Upload(EvidenceQueries q, HttpRequest request)
    {
        if (!request.HasFormContentType) throw new RequestException("files", "expected multipart/form-data with one or more files in the field 'files'");
        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
        var files = new List<(string, byte[])>();
        foreach (var f in form.Files)
        {
            if (f.Length > EvidenceQueries.MaxFileBytes)
                throw new RequestException("files", $"'{f.FileName}' is {f.Length / (1024 * 1024)} MB; expected at most {EvidenceQueries.MaxFileBytes / (1024 * 1024)} MB per file");
            using var ms = new MemoryStream((int)f.Length);
            await f.CopyToAsync(ms, request.HttpContext.RequestAborted).ConfigureAwait(false);
            files.Add((Path.GetFileName(f.FileName), ms.ToArray()));
        }
        var job = q.StartIngest(files);
        return job is null ? JobEndpoints.Busy() : TypedResults.Accepted($"/api/v1/jobs/{job.Id}", job.Snapshot());
    }

    private static Ok<IReadOnlyList<DocumentJson>> Documents(EvidenceQueries q, HttpResponse response, [FromQuery] string? industry, [FromQuery] string? limit, [FromQuery] string? offset)
    {
        var answer = q.Documents(industry, limit, offset);
        Total(response, answer.Page.Total);
        return TypedResults.Ok(answer.Json);
    }

    private static void Total(HttpResponse response, int total) => response.Headers["X-Total-Count"] = total.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Ok<IReadOnlyList<SearchHitJson>> Search(EvidenceQueries q, HttpContext http, [FromQuery(Name = "q")] string? query, [FromQuery] string? industry,
        [FromQuery] string? item, [FromQuery] string? issuer, [FromQuery] string? from, [FromQuery] string? to, [FromQuery] string? limit, [FromQuery] string? offset)
    {
        var answer = q.Search(new Application.Evidence.SearchQuery(query, industry, item, issuer, from, to, limit, offset), http.RequestAborted);
        Total(http.Response, answer.Page.Total);
        return TypedResults.Ok(answer.Json);
    }

    private static Ok<IReadOnlyList<ClaimJson>> Claims(EvidenceQueries q, HttpContext http, [FromQuery] string? document, [FromQuery] string? item, [FromQuery] string? country,
        [FromQuery] string? status, [FromQuery] string? limit, [FromQuery] string? offset)
    {
        var answer = q.Claims(new ClaimsInput(document, item, country, status, limit, offset), http.RequestAborted);
        Total(http.Response, answer.Page.Total);
        return TypedResults.Ok(answer.Json);
    }

    private static Ok<IReadOnlyList<BriefJson>> Briefs(EvidenceQueries q, HttpResponse response, [FromQuery] string? document, [FromQuery] string? limit, [FromQuery] string? offset)
    {
        var answer = q.Briefs(document, limit, offset);
        Total(response, answer.Page.Total);
        return TypedResults.Ok(answer.Json);
    }

    private static Ok<Evidence.Insights.IndustryInsights> Insights(EvidenceQueries q, string industry) => TypedResults.Ok(q.Insights(industry));
}
