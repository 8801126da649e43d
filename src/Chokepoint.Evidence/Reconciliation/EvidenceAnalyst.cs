using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Chokepoint.Evidence.Extraction;
using Chokepoint.Evidence.Store;
using Chokepoint.Model;

namespace Chokepoint.Evidence.Reconciliation;

/// <summary>
/// Reads stored evidence against a dataset: maps claims and events to items, reconciles claims,
/// links events to registry measures and assembles per-document briefs grouped by industry.
/// Thread-safe after construction.
/// </summary>
public sealed class EvidenceAnalyst
{
    private readonly Dataset _dataset;
    private readonly ItemMapper _mapper;
    private readonly Reconciler _reconciler;
    private readonly MeasureLinker _linker;
    private readonly Lazy<string> _fingerprint;

    // One analyst per dataset, so what it has worked out serves every request over that dataset.
    private static readonly ConditionalWeakTable<Dataset, EvidenceAnalyst> Shared = new();

    // Reconciliations by claim row id: a list filtered by status or item reads every claim, and without this each
    // request would map and reconcile them all again. An entry is used only while the row still holds the same
    // claim (ids can be reused after a document is replaced); the table is emptied past MaxRemembered entries.
    private const int MaxRemembered = 200_000;
    private readonly ConcurrentDictionary<long, Remembered> _byClaimId = new();

    private sealed record Remembered(long DocumentId, int Start, string Subject, double ValuePct, string Country, Reconciliation Reconciliation, string Industry);

    /// <summary>The analyst of <paramref name="dataset"/>, built once per dataset instance and shared (it is thread-safe).</summary>
    public static EvidenceAnalyst For(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return Shared.GetValue(dataset, d => new EvidenceAnalyst(d));
    }

    /// <summary>Builds the analyst over <paramref name="dataset"/>.</summary>
    public EvidenceAnalyst(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        _dataset = dataset;
        _mapper = new ItemMapper(dataset);
        _reconciler = new Reconciler(dataset, _mapper);
        _linker = new MeasureLinker(dataset, _mapper);
        _fingerprint = new Lazy<string>(() => DatasetFingerprint.Of(dataset));
    }

    /// <summary>The fingerprint of the dataset and of this analysis code: claim labels stored under another one are stale.</summary>
    public string Fingerprint => _fingerprint.Value;

    /// <summary>The claim with its item, status and industry.</summary>
    public ClaimView View(StoredClaim stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var c = stored.Claim;
        if (stored.Id != 0 && _byClaimId.TryGetValue(stored.Id, out var m) && m.DocumentId == stored.DocumentId && m.Start == c.Start
            && m.Subject == c.Subject && m.ValuePct.Equals(c.ValuePct) && m.Country == c.Country)
            return new ClaimView(stored.DocumentId, stored.Document, c, m.Reconciliation, m.Industry) { Page = stored.Page };
        var r = _reconciler.Reconcile(c);
        var industry = IndustryOf(r.Item, c.Concepts);
        if (stored.Id != 0)
        {
            if (_byClaimId.Count >= MaxRemembered) _byClaimId.Clear();
            _byClaimId[stored.Id] = new Remembered(stored.DocumentId, c.Start, c.Subject, c.ValuePct, c.Country, r, industry);
        }
        return new ClaimView(stored.DocumentId, stored.Document, c, r, industry) { Page = stored.Page };
    }

    /// <summary>The event with its items, measure and industry.</summary>
    public EventView View(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var items = EventItems(stored.Event);
        var measure = _linker.Link(stored.Event, items);
        if (measure is not null && _dataset.Measures.TryGetValue(measure, out var m))
            items = items.Where(m.Items.Contains).Concat(items.Where(i => !m.Items.Contains(i))).ToList();
        return new EventView(stored.DocumentId, stored.Document, stored.Event, items, measure, IndustryOf(items.FirstOrDefault(), stored.Event.Concepts));
    }

    /// <summary>The brief of <paramref name="document"/>: groups in the order of its industry tags, then any other industry its claims or events touch.</summary>
    public DocumentBrief Brief(StoredDocument document, IReadOnlyList<StoredClaim> claims, IReadOnlyList<StoredEvent> events)
    {
        ArgumentNullException.ThrowIfNull(document);
        var claimViews = claims.Select(View).ToList();
        var eventViews = events.Select(View).ToList();
        var order = document.Industries.Select(t => t.Industry)
            .Concat(claimViews.Select(c => c.Industry)).Concat(eventViews.Select(e => e.Industry))
            .Distinct().ToList();
        var groups = new List<IndustryBrief>();
        foreach (var industry in order)
        {
            var terms = document.Industries.FirstOrDefault(t => t.Industry == industry)?.Terms ?? [];
            var cs = claimViews.Where(c => c.Industry == industry).ToList();
            var es = eventViews.Where(e => e.Industry == industry).ToList();
            var items = cs.Select(c => c.Reconciliation.Item).Concat(es.SelectMany(e => e.Items))
                .Concat(document.Concepts.Select(Concepts.Find).OfType<Concept>().Where(c => c.Industry == industry).Select(c => _mapper.Map([c.Id], null)))
                .OfType<string>().Where(i => IndustryOf(i, []) == industry).Distinct().ToList();
            groups.Add(new IndustryBrief(industry, terms, cs, es, items));
        }
        return new DocumentBrief(document, groups);
    }

    // The items the sentence names by alias, then for each concept no alias covered its closest item (or all its candidates).
    private List<string> EventItems(ControlEvent e)
    {
        var items = _mapper.Named(e.Sentence).ToList();
        foreach (var c in e.Concepts)
        {
            if (Concepts.Find(c) is not { } concept || items.Exists(i => _mapper.Denotes(i, concept))) continue;
            var m = _mapper.Match([c], null, e.Sentence);
            items.AddRange(m.Item is { } one ? [one] : m.Candidates);
        }
        return items.Distinct().ToList();
    }

    private string IndustryOf(string? item, IReadOnlyList<string> concepts)
    {
        if (item is not null && _dataset.Items.TryGetValue(item, out var i) && i.Industry.Length > 0) return i.Industry;
        foreach (var id in concepts)
            if (Concepts.Find(id) is { } c) return c.Industry;
        return "other";
    }
}
