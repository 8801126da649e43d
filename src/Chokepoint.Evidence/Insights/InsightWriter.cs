using System.Globalization;
using Chokepoint.Evidence.Reconciliation;
using Chokepoint.Evidence.Store;
using Chokepoint.Model;

namespace Chokepoint.Evidence.Insights;

/// <summary>
/// Writes the core insights of an industry from every claim and event in the workspace, as a research platform
/// lays them out: supply shares (one insight per item and country, the figures the documents give and what
/// the dataset says), export controls (one per registry measure the documents refer to, or per unmatched
/// event), and figures the dataset cannot place (unmapped claims with their candidates). Each insight is a
/// sentence written from the extracted fields, cites numbered references (document, paragraph, page of a PDF)
/// and carries a flag where the dataset disagrees. Not thread-safe (one per request).
/// </summary>
public sealed class InsightWriter(Dataset dataset)
{
    private readonly EvidenceAnalyst _analyst = EvidenceAnalyst.For(dataset);

    /// <summary>The insights of <paramref name="industry"/> (an industry id, e.g. <c>rare-earths</c>) over the documents of <paramref name="workspace"/>.</summary>
    public IndustryInsights Write(Workspace workspace, string industry)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentException.ThrowIfNullOrWhiteSpace(industry);
        var claims = workspace.EachClaim().Select(_analyst.View).Where(v => v.Industry == industry).ToList();
        var events = workspace.Events().Select(_analyst.View).Where(v => v.Industry == industry).ToList();
        var book = new ReferenceBook(workspace);
        var groups = new List<InsightGroup>();
        var shares = Shares(claims.Where(c => c.Reconciliation.Item is not null), book);
        if (shares.Count > 0) groups.Add(new InsightGroup("shares", "Supply shares", shares));
        var controls = Controls(events, book);
        if (controls.Count > 0) groups.Add(new InsightGroup("controls", "Export controls", controls));
        var unplaced = Unplaced(claims.Where(c => c.Reconciliation.Item is null), book);
        if (unplaced.Count > 0) groups.Add(new InsightGroup("unplaced", "Figures the dataset cannot place", unplaced));
        var documents = claims.Select(c => c.DocumentId).Concat(events.Select(e => e.DocumentId)).Distinct().Count();
        return new IndustryInsights(industry, documents, claims.Count, events.Count, groups, book.All);
    }

    private List<Insight> Shares(IEnumerable<ClaimView> claims, ReferenceBook book)
    {
        var result = new List<Insight>();
        foreach (var g in claims.GroupBy(c => (Item: c.Reconciliation.Item!, c.Claim.Country)).OrderBy(g => g.Key.Item, StringComparer.Ordinal).ThenBy(g => g.Key.Country, StringComparer.Ordinal))
        {
            var list = g.ToList();
            var refs = list.Select(c => book.Cite(c.DocumentId, c.Document, c.Claim.Start, c.Claim.Sentence)).Distinct().ToList();
            var docs = list.Select(c => c.DocumentId).Distinct().Count();
            var text = $"{Plural(docs, "document")} {(docs == 1 ? "puts" : "put")} {Possessive(CountryName(g.Key.Country))} share of {ItemName(g.Key.Item)}{StagePhrase(list)} at {Figures(list)}";
            var compared = list.FirstOrDefault(c => c.Reconciliation.Status == "conflicts") ?? list.FirstOrDefault(c => c.Reconciliation.DatasetValuePct is not null);
            string? flag = null, note = null;
            if (compared?.Reconciliation is { DatasetValuePct: { } pct } r)
            {
                var figure = $"{Pct(pct)} ({r.DatasetSource}, {r.DatasetYear?.ToString(CultureInfo.InvariantCulture)})";
                text += r.Status switch
                {
                    "conflicts" => $"; the dataset has {figure}, which disagrees",
                    "not_comparable" => $"; the dataset's {figure} measures something else",
                    Reconciler.AgreesWithOtherFigure => $"; the dataset uses {figure}, and a published figure beside it agrees",
                    _ => $"; the dataset's {figure} agrees",
                };
                if (r.Status is "conflicts" or "not_comparable")
                {
                    flag = r.Status;
                    note = r.Reason;
                }
            }
            else
            {
                text += "; the dataset has no figure to compare";
            }
            result.Add(new Insight(text + ".", refs, g.Key.Item, flag, note));
        }
        return result;
    }

    private List<Insight> Controls(IEnumerable<EventView> events, ReferenceBook book)
    {
        var result = new List<Insight>();
        foreach (var g in events.GroupBy(e => e.MeasureId ?? $"?{e.Event.Issuer}|{e.Event.Kind}|{string.Join(",", e.Items)}").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var list = g.ToList();
            var first = list[0];
            var refs = list.Select(e => book.Cite(e.DocumentId, e.Document, e.Event.Start, e.Event.Sentence)).Distinct().ToList();
            // A linked event is described by the registry's items (the text may name only the family: "seven rare earths").
            var measure = first.MeasureId is { } mid && dataset.Measures.TryGetValue(mid, out var found) ? found : null;
            var shown = measure is { Items.Count: > 0 } ? measure.Items : first.Items;
            var items = shown.Count > 0 ? string.Join(", ", shown.Take(6).Select(ItemName)) + (shown.Count > 6 ? $" and {shown.Count - 6} more" : "") : "the goods named";
            var acts = first.Event.Kind switch
            {
                "licence" => $"requires export licences for {items}",
                "ban" => $"bans exports of {items}",
                "technology-ban" => $"bans the export of {items}",
                "suspension" => $"suspends a measure on {items}",
                _ => $"restricts exports of {items}",
            };
            var text = $"{CountryName(first.Event.Issuer ?? "?")} {acts}";
            if (measure is { } m)
            {
                text += $": the registry's {m.Id} ({m.Instrument}), announced {Iso(m.Announced)}, in force from {Iso(m.Effective)}.";
                result.Add(new Insight(text, refs, first.Items.Count > 0 ? first.Items[0] : null, null, null));
            }
            else
            {
                var dated = list.Select(e => e.Event.Date).FirstOrDefault(d => d is not null);
                text += (dated is null ? "" : $" ({dated})") + "; no registry measure matches its issuer, items and date.";
                result.Add(new Insight(text, refs, first.Items.Count > 0 ? first.Items[0] : null, "not_in_registry",
                    dated is null ? "the text gives no date, and more than one measure (or none) fits" : $"no {first.Event.Kind} measure of {first.Event.Issuer} on these items fits {dated}"));
            }
        }
        return result;
    }

    private List<Insight> Unplaced(IEnumerable<ClaimView> claims, ReferenceBook book)
    {
        var result = new List<Insight>();
        foreach (var g in claims.GroupBy(c => (c.Claim.Country, Subject: c.Claim.Subject.ToLowerInvariant())))
        {
            var list = g.ToList();
            var refs = list.Select(c => book.Cite(c.DocumentId, c.Document, c.Claim.Start, c.Claim.Sentence)).Distinct().ToList();
            var candidates = list[0].Reconciliation.Candidates;
            var n = list.Select(c => c.DocumentId).Distinct().Count();
            var text = $"{Plural(n, "document")} {(n == 1 ? "gives" : "give")} {Possessive(CountryName(g.Key.Country))} share of \"{list[0].Claim.Subject}\" as {Figures(list)}, "
                + (candidates.Count > 0 ? $"which could be any of {string.Join(", ", candidates.Select(ItemName))}." : "which names no item of the dataset.");
            result.Add(new Insight(text, refs, null, "unmapped", list[0].Reconciliation.Reason));
        }
        return result;
    }

    private string ItemName(string id) =>
        dataset.Items.TryGetValue(id, out var i) ? (i.Aliases.Count > 0 ? i.Aliases[0] : i.Name) : id;

    private string CountryName(string iso3) => dataset.Countries.TryGetValue(iso3, out var c) ? c.Name : iso3;

    private static string Possessive(string name) => name.EndsWith('s') ? name + "'" : name + "'s";

    private static string Plural(int n, string noun) => n == 1 ? $"One {noun}" : $"{n.ToString(CultureInfo.InvariantCulture)} {noun}s";

    private static string StagePhrase(List<ClaimView> claims) =>
        claims.GroupBy(c => c.Claim.Stage).OrderByDescending(g => g.Count()).First().Key switch
        {
            "refining" => " refining",
            "mining" => " mine output",
            "capacity" => " capacity",
            "manufacturing" => " manufacturing",
            _ => "",
        };

    // "about 95%", "90–92%": the range of the figures given, with the qualifier when they share one.
    private static string Figures(List<ClaimView> claims)
    {
        var low = claims.Min(c => c.Claim.ValuePct);
        var high = claims.Max(c => c.Claim.ValuePct);
        var qualifiers = claims.Select(c => c.Claim.Qualifier).Distinct().ToList();
        var q = qualifiers.Count == 1 && qualifiers[0] is { } one ? one + " " : "";
        return low == high ? q + Pct(low) : $"{q}{low.ToString("0.#", CultureInfo.InvariantCulture)}–{Pct(high)}";
    }

    private static string Pct(double v) => v.ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
