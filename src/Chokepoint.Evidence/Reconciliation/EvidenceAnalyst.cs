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

    /// <summary>Builds the analyst over <paramref name="dataset"/>.</summary>
    public EvidenceAnalyst(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        _dataset = dataset;
        _mapper = new ItemMapper(dataset);
        _reconciler = new Reconciler(dataset, _mapper);
        _linker = new MeasureLinker(dataset, _mapper);
    }

    /// <summary>The claim with its item, status and industry.</summary>
    public ClaimView View(StoredClaim stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var r = _reconciler.Reconcile(stored.Claim);
        return new ClaimView(stored.DocumentId, stored.Document, stored.Claim, r, IndustryOf(r.Item, stored.Claim.Concepts)) { Page = stored.Page };
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
