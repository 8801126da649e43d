using Chokepoint.Application.Tables;
using Chokepoint.Application.Wording;
using Chokepoint.Contracts;
using Chokepoint.Evidence.Store;

namespace Chokepoint.Application.Handlers;

/// <summary>ingest and the web's upload job: what happened to each file, in one set of words (stored, unchanged, skipped).</summary>
public static class IngestHandler
{
    /// <summary>The status word of an ingest result.</summary>
    public static string Status(IngestStatus status) => status switch { IngestStatus.Stored => "stored", IngestStatus.Duplicate => "unchanged", _ => "skipped" };

    /// <summary>The contract of one file's result.</summary>
    public static IngestFileJson File(IngestResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new IngestFileJson(r.File, Status(r.Status), r.DocumentId > 0 ? r.DocumentId : null, r.Title, r.Industries.Select(IndustryTagJson.Of).ToList(), r.Claims, r.Events, r.Reason);
    }

    /// <summary>The answer for the results of one ingest.</summary>
    public static Answer<IngestJson> Answer(IReadOnlyList<IngestResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var stored = results.Where(r => r.Status == IngestStatus.Stored).ToList();
        var table = new Table("Ingest", "status", "file", "document", "industries", "claims", "events", "note").Kinds(CellKind.Id, 2).Numeric(4, 5);
        foreach (var r in results)
        {
            var note = r.Status switch { IngestStatus.Duplicate => $"same content already stored as #{r.DocumentId}", IngestStatus.Skipped => r.Reason ?? "", _ => r.Title ?? "" };
            table.Add(Status(r.Status), r.File, r.DocumentId > 0 ? $"#{r.DocumentId}" : "", string.Join(", ", r.Industries.Select(i => i.Industry)),
                r.Status == IngestStatus.Stored ? Format.Int(r.Claims) : "", r.Status == IngestStatus.Stored ? Format.Int(r.Events) : "", note);
        }
        var unchanged = results.Count(r => r.Status == IngestStatus.Duplicate);
        var skipped = results.Count(r => r.Status == IngestStatus.Skipped);
        table.Note($"Stored {stored.Count} document(s) with {stored.Sum(r => r.Claims)} claim(s) and {stored.Sum(r => r.Events)} control event(s); {unchanged} unchanged, {skipped} skipped.");
        return new(new IngestJson(stored.Count, unchanged, skipped, stored.Sum(r => r.Claims), stored.Sum(r => r.Events), results.Select(File).ToList()), [table]);
    }
}
