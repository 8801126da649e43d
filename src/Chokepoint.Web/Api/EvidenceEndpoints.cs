using Chokepoint.Application.Inputs;
using Chokepoint.Contracts;
using Chokepoint.Web.Jobs;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Chokepoint.Web.Api;

/// <summary>The evidence workspace under /api/v1: upload (a job), documents, search, claims, insights.</summary>
internal static class EvidenceEndpoints
{
    public static RouteGroupBuilder MapEvidenceApi(this RouteGroupBuilder api)
    {
        api.MapPost("/documents", Upload).WithSummary("Upload documents into the workspace (a job)")
            .WithDescription("multipart/form-data with one or more 'files' (.txt, .md, .html; at most 20 files and 20 MB each). Returns 202 with the ingest job; its result lists what happened to each file. A write: needs the access key when one is set.")
            .DisableAntiforgery().Accepts<IFormFileCollection>("multipart/form-data");
        api.MapGet("/documents", Documents).WithSummary("Documents of the workspace").WithDescription("Filter by industry. Same fields as 'chokepoint documents --format json'.");
        api.MapGet("/search", Search).WithSummary("Full-text search of the workspace").WithDescription("q in FTS5 syntax (words, \"phrases\", AND/OR/NOT, prefix*); industry; limit 1–1000. Snippets mark matches between « and ». Same fields as 'chokepoint search --format json'.");
        api.MapGet("/claims", Claims).WithSummary("Share claims compared with the dataset").WithDescription("status agrees, conflicts or new; filters document, item, country. Same fields as 'chokepoint claims --format json'.");
        api.MapGet("/insights", Insights).WithSummary("Briefs per document, grouped by industry").WithDescription("Optionally one document (id or file). Same fields as 'chokepoint insights --format json'.");
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

    private static Ok<List<DocumentJson>> Documents(EvidenceQueries q, [FromQuery] string? industry) =>
        TypedResults.Ok(q.Documents(industry).Select(DocumentJson.Of).ToList());

    private static Ok<List<SearchHitJson>> Search(EvidenceQueries q, [FromQuery(Name = "q")] string? query, [FromQuery] string? industry, [FromQuery] string? limit) =>
        TypedResults.Ok(q.Search(query, industry, limit).Select(SearchHitJson.Of).ToList());

    private static Ok<List<ClaimJson>> Claims(EvidenceQueries q, [FromQuery] string? document, [FromQuery] string? item, [FromQuery] string? country, [FromQuery] string? status) =>
        TypedResults.Ok(q.Claims(document, item, country, status).Select(ClaimJson.Of).ToList());

    private static Ok<List<BriefJson>> Insights(EvidenceQueries q, [FromQuery] string? document) =>
        TypedResults.Ok(q.Briefs(document).Select(BriefJson.Of).ToList());
}
