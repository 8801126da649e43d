using Chokepoint.Application.Inputs;
using System.Text.Json;
using System.Text.Json.Nodes;
using Chokepoint.Contracts;
using Chokepoint.Evidence.Reconciliation;
using Chokepoint.Evidence.Store;
using Chokepoint.Evidence.Tagging;
using Chokepoint.Evidence.Text;
using Chokepoint.Web.Hosting;
using Chokepoint.Web.Jobs;

namespace Chokepoint.Web.Api;

/// <summary>The evidence workspace behind the pages and the API: documents, search, claims, briefs, ingest jobs.</summary>
public sealed class EvidenceQueries(DatasetHolder holder, WorkspaceGate gate, JobBoard jobs)
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

    /// <summary>Documents, optionally of one industry.</summary>
    public IReadOnlyList<StoredDocument> Documents(string? industry)
    {
        var filter = Application.Inputs.Resolve.OneOf(industry, "industry", KnownIndustries);
        return gate.Read(w => w.Documents(filter));
    }

    /// <summary>Full-text search; a malformed query is a 400 naming q.</summary>
    public IReadOnlyList<SearchHit> Search(string? q, string? industry, string? limit)
    {
        if (string.IsNullOrWhiteSpace(q)) throw new RequestException("q", "q is required; expected words to look for, e.g. \"rare earth\" AND licence");
        if (q.Length > 1000) throw new RequestException("q", $"q is {q.Length} characters long; expected at most 1000");
        var filter = Application.Inputs.Resolve.OneOf(industry, "industry", KnownIndustries);
        var n = Application.Inputs.Resolve.Int(limit, "limit", 20, 1, 1000);
        try
        {
            return gate.Read(w => w.Search(q, filter, n));
        }
        catch (SearchSyntaxException ex)
        {
            throw new RequestException("q", ex.Message);
        }
    }

    /// <summary>Claims read against the dataset, filtered like 'chokepoint claims'.</summary>
    public IReadOnlyList<ClaimView> Claims(string? document, string? item, string? country, string? status)
    {
        var st = Application.Inputs.Resolve.OneOf(status, "status", ClaimStatuses);
        var iso3 = country?.Trim().ToUpperInvariant();
        if (!string.IsNullOrEmpty(iso3) && (iso3.Length != 3 || !iso3.All(char.IsAsciiLetterUpper)))
            throw new RequestException("country", $"country '{country}' is not an ISO3 code; expected e.g. CHN");
        var itemId = string.IsNullOrWhiteSpace(item) ? null : Application.Inputs.Resolve.Item(holder.Dataset, item, "item").Id;
        var analyst = new EvidenceAnalyst(holder.Dataset);
        return gate.Read(w =>
        {
            long? doc = string.IsNullOrWhiteSpace(document) ? null : Document(w, document).Id;
            return w.Claims(doc).Select(analyst.View)
                .Where(v => (string.IsNullOrEmpty(iso3) || v.Claim.Country == iso3) && (itemId is null || v.Reconciliation.Item == itemId) && (st is null || v.Reconciliation.Status == st))
                .ToList();
        });
    }

    /// <summary>Briefs of one document or of all.</summary>
    public IReadOnlyList<DocumentBrief> Briefs(string? document)
    {
        var analyst = new EvidenceAnalyst(holder.Dataset);
        return gate.Read(w =>
        {
            var docs = string.IsNullOrWhiteSpace(document) ? w.Documents() : [Document(w, document)];
            return docs.Select(d => analyst.Brief(d, w.Claims(d.Id), w.Events(d.Id))).ToList();
        });
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
                results.Add(JsonSerializer.SerializeToNode(new IngestFileJson(r.File, Status(r.Status), r.DocumentId > 0 ? r.DocumentId : null, r.Title,
                    r.Industries.Select(IndustryTagJson.Of).ToList(), r.Claims, r.Events, r.Reason), ContractJson.Compact));
                job.Report((i + 1.0) / files.Count);
            }
            return new JsonObject { ["files"] = results };
        });
    }

    private static string Status(IngestStatus s) => s switch { IngestStatus.Stored => "stored", IngestStatus.Duplicate => "unchanged", _ => "skipped" };

    private static StoredDocument Document(Workspace w, string idOrFile)
    {
        var docs = w.Documents();
        var byId = long.TryParse(idOrFile.TrimStart('#'), out var id) ? docs.FirstOrDefault(x => x.Id == id) : null;
        return byId ?? docs.FirstOrDefault(x => x.File == idOrFile)
            ?? throw new RequestException("document", $"no document '{idOrFile}' in the workspace; GET /api/v1/documents lists them", ErrorKind.NotFound);
    }
}
