using Chokepoint.Application;
using Chokepoint.Application.Evidence;
using Chokepoint.Application.Inputs;
using Chokepoint.Model;
using System.Text.Json;
using System.Text.Json.Nodes;
using Chokepoint.Contracts;
using Chokepoint.Evidence.Insights;
using Chokepoint.Evidence.Reconciliation;
using Chokepoint.Evidence.Store;
using Chokepoint.Evidence.Text;
using Chokepoint.Web.Hosting;
using Chokepoint.Web.Jobs;

namespace Chokepoint.Web.Api;

/// <summary>The evidence workspace behind the pages and the API: documents, search, claims, briefs, ingest jobs.</summary>
public sealed class EvidenceQueries(DatasetHolder holder, WorkspaceGate gate, JobBoard jobs, TimeProvider clock)
{
    /// <summary>Most files in one upload.</summary>
    public const int MaxFiles = 20;

    /// <summary>Most bytes of one uploaded file (the ingest limit).</summary>
    public const long MaxFileBytes = DocumentReader.MaxBytes;

    /// <summary>Most bytes of one upload request.</summary>
    public const long MaxRequestBytes = 64L * 1024 * 1024;

    private Session Session(Dataset dataset) => new(dataset, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), Surface.Web);

    /// <summary>A page of the documents, optionally of one industry (the handler of 'chokepoint documents'); limit 1–1000 (default 100), offset 0 or more.</summary>
    public DocumentsAnswer Documents(string? industry, string? limit = null, string? offset = null)
    {
        var s = Session(holder.Dataset);
        var (n, skip) = PageOf(limit, offset);
        return gate.Read(w => DocumentsHandler.Handle(s, w, industry, n, skip));
    }

    /// <summary>The limit and offset of a page as given in the query string, checked; each error names its parameter.</summary>
    public static (int Limit, int Offset) PageOf(string? limit, string? offset) =>
        (Application.Inputs.Resolve.Int(limit, "limit", PageLimits.DefaultLimit, 1, PageLimits.MaxLimit),
         Application.Inputs.Resolve.Int(offset, "offset", 0, 0, PageLimits.MaxOffset));

    /// <summary>
    /// A page of a filtered full-text search (the handler of 'chokepoint search'), stopped when the client goes away
    /// (<paramref name="cancel"/>) or after the search budget; either failure names its parameter.
    /// </summary>
    public SearchAnswer Search(SearchQuery input, CancellationToken cancel)
    {
        var s = Session(holder.Dataset);
        return gate.Read(w => SearchHandler.Handle(s, w, input, 20, cancel));
    }

    /// <summary>
    /// A page of the claims read against the dataset (the handler of 'chokepoint claims'); limit 1–1000 (default 100),
    /// offset 0 or more. Holds one page in memory; stops when the client goes away (<paramref name="cancel"/>).
    /// </summary>
    public ClaimsAnswer Claims(ClaimsInput input, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(input);
        var s = Session(holder.Dataset);
        var (limit, offset) = PageOf(input.Limit, input.Offset);
        return gate.Read(w => ClaimsHandler.Handle(s, w,
            new ClaimsRequest(input.Document, input.Item, input.Country, input.Status, input.Industry, limit, offset, CountStatuses: false), cancel));
    }

    /// <summary>Briefs of one document, or of a page of the documents (the handler of 'chokepoint insights'; limit 1–1000, default 100; offset 0 or more).</summary>
    public BriefsAnswer Briefs(string? document, string? limit = null, string? offset = null)
    {
        var s = Session(holder.Dataset);
        var (n, skip) = PageOf(limit, offset);
        return gate.Read(w => BriefsHandler.Handle(s, w, document, n, skip));
    }

    /// <summary>Briefs of the given documents (a page of them), in their order.</summary>
    public IReadOnlyList<DocumentBrief> Briefs(IReadOnlyList<StoredDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return gate.Read(w => BriefsHandler.Of(holder.Dataset, w, documents));
    }

    /// <summary>The core insights of one industry over the workspace (the CLI's insights --industry).</summary>
    public IndustryInsights Insights(string? industry)
    {
        var s = Session(holder.Dataset);
        return gate.Read(w => Application.Handlers.InsightsHandler.Handle(s, w, industry).Json);
    }

    /// <summary>The document's extracted text, or a 404.</summary>
    public (StoredDocument Document, string Body) Document(long id) => gate.Read(w =>
        w.Document(id) is { } d ? (d, w.Body(id) ?? "") : throw new RequestException("id", $"no document {id} in the workspace; GET /api/v1/documents lists them", ErrorKind.NotFound));

    /// <summary>Queues the ingest of uploaded files (name, bytes); null when the queue is full.</summary>
    public Job? StartIngest(IReadOnlyList<(string Name, byte[] Bytes)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count == 0) throw new RequestException("files", "no file uploaded; expected one or more .txt, .md or .html files in the multipart field 'files'");
        if (files.Count > MaxFiles) throw new RequestException("files", $"{files.Count} files uploaded; expected at most {MaxFiles} per request");
        foreach (var f in files.Where(f => f.Bytes.LongLength > MaxFileBytes))
            throw new RequestException("files", $"'{f.Name}' is {f.Bytes.LongLength / (1024 * 1024)} MB; expected at most {MaxFileBytes / (1024 * 1024)} MB per file");
        return jobs.TryEnqueue("ingest", $"ingest {files.Count} file(s): {string.Join(", ", files.Select(f => f.Name).Take(5))}", async (job, cancel) =>
        {
            var results = new List<IngestResult>();
            for (var i = 0; i < files.Count; i++)
            {
                var (name, bytes) = files[i];
                results.Add(await gate.WriteAsync(w => w.Ingest(name, bytes), cancel).ConfigureAwait(false));
                job.Report((i + 1.0) / files.Count);
            }
            // The claims' labels for the served dataset, so the first list filtered by status after this upload reads only its rows.
            var s = Session(holder.Dataset);
            await gate.WriteAsync(w => ClaimsHandler.Label(s, w, cancel), cancel).ConfigureAwait(false);
            // The answer of 'chokepoint ingest': the totals and one entry per file.
            return JsonSerializer.SerializeToNode(Application.Handlers.IngestHandler.Answer(results).Json, ContractJson.Compact)!;
        });
    }
}
