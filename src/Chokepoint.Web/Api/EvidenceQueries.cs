using Chokepoint.Application.Inputs;
using System.Text.Json;
using System.Text.Json.Nodes;
using Chokepoint.Contracts;
using Chokepoint.Evidence.Extraction;
using Chokepoint.Evidence.Insights;
using Chokepoint.Evidence.Reconciliation;
using Chokepoint.Evidence.Store;
using Chokepoint.Evidence.Tagging;
using Chokepoint.Evidence.Text;
using Chokepoint.Web.Hosting;
using Chokepoint.Web.Jobs;

namespace Chokepoint.Web.Api;

/// <summary>The evidence workspace behind the pages and the API: documents, search, claims, briefs, ingest jobs.</summary>
public sealed class EvidenceQueries(DatasetHolder holder, WorkspaceGate gate, JobBoard jobs, TimeProvider clock)
{
    private static readonly IReadOnlyList<string> ClaimStatuses = Reconciler.Statuses;

    /// <summary>Most files in one upload.</summary>
    public const int MaxFiles = 20;

    /// <summary>Most bytes of one uploaded file (the ingest limit).</summary>
    public const long MaxFileBytes = DocumentReader.MaxBytes;

    /// <summary>Most bytes of one upload request.</summary>
    public const long MaxRequestBytes = 64L * 1024 * 1024;

    /// <summary>Industry ids the tagger knows.</summary>
    public static IReadOnlyList<string> KnownIndustries { get; } = IndustryTagger.Lexicon.Select(l => l.Industry).ToList();

    /// <summary>Documents, optionally of one industry (every one: for the few callers that need all).</summary>
    public IReadOnlyList<StoredDocument> Documents(string? industry)
    {
        var filter = Application.Inputs.Resolve.OneOf(industry, "industry", KnownIndustries);
        return gate.Read(w => w.Documents(filter));
    }

    /// <summary>A page of the documents, optionally of one industry; limit 1–1000 (default 100), offset 0 or more.</summary>
    public Page<StoredDocument> Documents(string? industry, string? limit, string? offset)
    {
        var filter = Application.Inputs.Resolve.OneOf(industry, "industry", KnownIndustries);
        var (n, skip) = PageOf(limit, offset);
        return gate.Read(w => w.DocumentPage(filter, n, skip));
    }

    /// <summary>The limit and offset of a page as given in the query string, checked; each error names its parameter.</summary>
    public static (int Limit, int Offset) PageOf(string? limit, string? offset) =>
        (Application.Inputs.Resolve.Int(limit, "limit", PageLimits.DefaultLimit, 1, PageLimits.MaxLimit),
         Application.Inputs.Resolve.Int(offset, "offset", 0, 0, PageLimits.MaxOffset));

    /// <summary>Full-text search; a malformed query is a 400 naming q.</summary>
    public IReadOnlyList<SearchHit> Search(string? q, string? industry, string? limit) => Search(new SearchInput(q, industry, Limit: limit), default).Hits;

    /// <summary>
    /// A page of a filtered full-text search (industry, item, issuer, event date range), stopped when the
    /// client goes away (<paramref name="cancel"/>) or after the search budget; either failure names its parameter.
    /// </summary>
    public SearchResults Search(SearchInput input, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(input);
        var q = input.Q;
        if (string.IsNullOrWhiteSpace(q)) throw new RequestException("q", "q is required; expected words to look for, e.g. \"rare earth\" AND licence");
        if (q.Length > 1000) throw new RequestException("q", $"q is {q.Length} characters long; expected at most 1000");
        var request = new SearchRequest(q, Application.Inputs.Resolve.OneOf(input.Industry, "industry", KnownIndustries),
            Limit: Application.Inputs.Resolve.Int(input.Limit, "limit", 20, 1, 1000), Offset: Application.Inputs.Resolve.Int(input.Offset, "offset", 0, 0, 1_000_000));
        if (!string.IsNullOrWhiteSpace(input.Item))
        {
            var item = Application.Inputs.Resolve.Item(holder.Dataset, input.Item, "item").Id;
            var mapper = new ItemMapper(holder.Dataset);
            var concepts = Concepts.All.Where(c => mapper.Denotes(item, c)).Select(c => c.Id).ToList();
            if (concepts.Count == 0) throw new RequestException("item", $"item '{item}' is not named by any concept the evidence reader knows; search it by words instead");
            request = request with { Concepts = concepts };
        }
        if (!string.IsNullOrWhiteSpace(input.Issuer)) request = request with { Issuer = Application.Inputs.Resolve.Country(holder.Dataset, input.Issuer, "issuer") };
        request = request with { From = DatePrefix(input.From, "from"), To = DatePrefix(input.To, "to") };
        try
        {
            return gate.Read(w => w.Search(request, cancel));
        }
        catch (SearchSyntaxException ex)
        {
            throw new RequestException("q", ex.Message);
        }
    }

    private static string? DatePrefix(string? text, string parameter)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        return SearchRequest.IsDate(t) ? t : throw new RequestException(parameter, $"{parameter} '{text}' is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD");
    }

    /// <summary>
    /// A page of the claims read against the dataset, filtered like 'chokepoint claims'; limit 1–1000 (default 100),
    /// offset 0 or more. Holds one page in memory; stops when the client goes away (<paramref name="cancel"/>).
    /// </summary>
    public ClaimPage Claims(ClaimsInput input, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(input);
        var st = Application.Inputs.Resolve.OneOf(input.Status, "status", ClaimStatuses);
        var iso3 = input.Country?.Trim().ToUpperInvariant();
        if (!string.IsNullOrEmpty(iso3) && (iso3.Length != 3 || !iso3.All(char.IsAsciiLetterUpper)))
            throw new RequestException("country", $"country '{input.Country}' is not an ISO3 code; expected e.g. CHN");
        var itemId = string.IsNullOrWhiteSpace(input.Item) ? null : Application.Inputs.Resolve.Item(holder.Dataset, input.Item, "item").Id;
        var (limit, offset) = PageOf(input.Limit, input.Offset);
        var industry = Application.Inputs.Resolve.OneOf(input.Industry, "industry", KnownIndustries);
        var analyst = new EvidenceAnalyst(holder.Dataset);
        return gate.Read(w =>
        {
            long? doc = string.IsNullOrWhiteSpace(input.Document) ? null : Document(w, input.Document).Id;
            var filter = new ClaimFilter(doc, string.IsNullOrEmpty(iso3) ? null : iso3, itemId, st, industry);
            return ClaimPage.Read(analyst, w, filter, limit, offset, cancel: cancel);
        });
    }

    /// <summary>Briefs of one document, or a page of the documents' briefs (limit 1–1000, default 100; offset 0 or more).</summary>
    public Page<DocumentBrief> Briefs(string? document, string? limit = null, string? offset = null)
    {
        var analyst = new EvidenceAnalyst(holder.Dataset);
        var (n, skip) = PageOf(limit, offset);
        return gate.Read(w =>
        {
            var docs = string.IsNullOrWhiteSpace(document) ? w.DocumentPage(null, n, skip) : new Page<StoredDocument>([Document(w, document)], 1, 0);
            return new Page<DocumentBrief>(docs.Items.Select(d => analyst.Brief(d, w.Claims(d.Id), w.Events(d.Id))).ToList(), docs.Total, docs.Offset);
        });
    }

    /// <summary>Briefs of the given documents (a page of them), in their order.</summary>
    public IReadOnlyList<DocumentBrief> Briefs(IReadOnlyList<StoredDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var analyst = new EvidenceAnalyst(holder.Dataset);
        return gate.Read(w => documents.Select(d => analyst.Brief(d, w.Claims(d.Id), w.Events(d.Id))).ToList());
    }

    /// <summary>The core insights of one industry over the workspace (the CLI's insights --industry).</summary>
    public IndustryInsights Insights(string? industry)
    {
        var session = new Application.Session(holder.Dataset, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), Application.Inputs.Surface.Web);
        return gate.Read(w => Application.Handlers.InsightsHandler.Handle(session, w, industry).Json);
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
            var results = new JsonArray();
            for (var i = 0; i < files.Count; i++)
            {
                var (name, bytes) = files[i];
                var r = await gate.WriteAsync(w => w.Ingest(name, bytes), cancel).ConfigureAwait(false);
                results.Add(JsonSerializer.SerializeToNode(Application.Handlers.IngestHandler.File(r), ContractJson.Compact));
                job.Report((i + 1.0) / files.Count);
            }
            return new JsonObject { ["files"] = results };
        });
    }

    private static StoredDocument Document(Workspace w, string idOrFile)
    {
        var docs = w.Documents();
        var byId = long.TryParse(idOrFile.TrimStart('#'), out var id) ? docs.FirstOrDefault(x => x.Id == id) : null;
        return byId ?? docs.FirstOrDefault(x => x.File == idOrFile)
            ?? throw new RequestException("document", $"no document '{idOrFile}' in the workspace; GET /api/v1/documents lists them", ErrorKind.NotFound);
    }
}
