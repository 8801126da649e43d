using System.Globalization;
using Chokepoint.Analysis.Controls;
using Chokepoint.Application.Inputs;
using Chokepoint.Application.Tables;
using Chokepoint.Application.Wording;
using Chokepoint.Contracts;
using Chokepoint.Model;

namespace Chokepoint.Application.Handlers;

/// <summary>controls show ID: one measure as written, with clauses, phases, notes, sources and status history.</summary>
public static class MeasureHandler
{
    /// <summary>The measure <paramref name="id"/> on <paramref name="asOf"/> (today when null).</summary>
    public static MeasureAnswer Handle(Session s, string? id, string? asOf)
    {
        ArgumentNullException.ThrowIfNull(s);
        var dataset = s.Dataset;
        var m = Resolve.Measure(dataset, id, s.Arg("ID", "id"));
        var date = Resolve.DateOr(asOf, s.P("as-of"), s.Today);
        var reviewed = dataset.Tables.ControlsReviewedThrough;
        var review = new MeasureResolver(dataset.Tables.Controls, reviewed).Review(m, date);
        var history = MeasureHistory.Of(dataset, m);
        var suspendedBy = dataset.Tables.Controls.Where(x => x.Suspends.Contains(m.Id)).ToList();
        return new MeasureAnswer(m, date, review, history, suspendedBy, Json(dataset, m, date, review, history, reviewed), Tables(dataset, m, date, review, history, reviewed));
    }

    /// <summary>The status words of a review: "in_force", "unverified (in_force if unchanged; analyses use suspended)", "not yet announced".</summary>
    public static string Status(MeasureReview? r) => r is null ? "not yet announced"
        : Names.Of(r.Status) + (r.StatusIfUnchanged is { } u ? $" ({Names.Of(u)} if unchanged; analyses use {Names.Of(r.Effective)})" : "");

    private static IEnumerable<string> SourceIds(ControlMeasure m) => m.Sources.Concat(m.Phases.SelectMany(p => p.Sources)).Distinct();

    private static Table[] Tables(Dataset dataset, ControlMeasure m, DateOnly date, MeasureReview? review, IReadOnlyList<StatusChange> history, DateOnly? reviewed)
    {
        var main = new Table($"{m.Id}: {m.Instrument}", "field", "value");
        main.Add("issuer", m.Issuer).Add("kind", Names.Of(m.Kind) + (m.Enacted ? "" : " (announced commitment, not enacted: no effect)"))
            .Add("announced", Format.Date(m.Announced)).Add("effective", Format.Date(m.Effective))
            .Add("ended", m.Ended is { } e ? Format.Date(e) : "").Add($"status on {Format.Date(date)}", Status(review))
            .Add("items", Format.List(m.Items)).Add("destinations", Format.List(m.Destinations))
            .Add("approval rate", m.ApprovalRate is { } a ? Format.Pct(100 * a) + " (before phases)" : "")
            .Add("licence delay", m.LicenceDelayDays is { } d ? $"{d} days" : "")
            .Add("reach share", m.ReachShare is { } r ? Format.Pct(100 * r) : "all flows in scope");
        if (m.Suspends.Count > 0) main.Add("suspends", Format.List(m.Suspends));
        if (m.SuspendedFrom is not null || m.SuspendedUntil is not null)
            main.Add("suspended", $"{(m.SuspendedFrom is { } sf ? Format.Date(sf) : "")} to {(m.SuspendedUntil is { } su ? Format.Date(su) : "")}".Trim());
        if (m.ExcludedDestinations.Count > 0) main.Add("excluded destinations", Format.List(m.ExcludedDestinations));
        if (m.EndUses is not [Names.Everyone]) main.Add("end uses", Format.List(m.EndUses));
        if (m.FirmTargets.Count > 0) main.Add("firm targets", Format.List(m.FirmTargets));
        main.Note(m.Notes);
        var scope = new Table($"{m.Id}: scope clauses{(m.Scope.Count == 0 ? " (default)" : "")}", "clause", "effective", "de minimis %").Numeric(2).Kinds(CellKind.Id, 1);
        foreach (var c in m.EffectiveScope) scope.Add(Names.Of(c.Kind), Format.Date(c.Effective), c.DeMinimisPct is { } p ? p.ToString("0.###", CultureInfo.InvariantCulture) : "");
        scope.Note("export: exports from the issuer; reexport: re-exports of issuer-origin items by third countries; foreign-content: foreign-made goods with issuer content above the de minimis (or made with the issuer's technology).");
        // The items column tells apart phases of one date and destination that differ by item (No. 18: magnets, Dy, Tb, Y).
        var phases = new Table($"{m.Id}: licence phases ({m.Phases.Count})", "from", "destinations", "items", "approval %", "delay days", "confidence", "sources").Numeric(3, 4).Kinds(CellKind.Id, 0).Kinds(CellKind.Item, 2);
        foreach (var p in m.Phases)
            phases.Add(Format.Date(p.From), Format.List(p.Destinations), Format.List(PhaseItems(m, p)), p.ApprovalRate is { } pa ? Format.Pct(100 * pa) : "", p.LicenceDelayDays is { } pd ? Format.Int(pd) : "", Names.Of(p.Confidence), Format.List(p.Sources));
        phases.Note("Approval and delay left empty keep the measure's.");
        foreach (var p in m.Phases.Where(p => p.Notes.Length > 0)) phases.Note($"{Format.Date(p.From)} {Format.List(p.Destinations)} {Format.List(PhaseItems(m, p))}: {p.Notes}");
        var hist = new Table($"{m.Id}: status history", "from", "status", "verified").Kinds(CellKind.Id, 0);
        foreach (var h in history) hist.Add(Format.Date(h.Date), Names.Of(h.Status), Words.YesNo(h.Verified));
        if (reviewed is { } rv) hist.Note($"Registry reviewed through {Format.Date(rv)}: later changes are what the recorded dates give, not confirmed by a source.");
        var sources = new Table($"{m.Id}: sources", "id", "title", "publisher", "date", "url").Kinds(CellKind.Id, 0, 3, 4);
        foreach (var src in SourceJsons(dataset, m)) sources.Add(src.Id, src.Title, src.Publisher, src.Date ?? "", src.Url);
        return [main, scope, phases, hist, sources];
    }

    /// <summary>The items a phase applies to: those it names, else every item of the measure.</summary>
    private static IReadOnlyList<string> PhaseItems(ControlMeasure m, LicencePhase p) => p.Items.Count == 0 ? m.Items : p.Items;

    private static List<SourceJson> SourceJsons(Dataset dataset, ControlMeasure m) => SourceIds(m).Select(s => dataset.Sources.TryGetValue(s, out var src)
        ? new SourceJson(src.Id, src.Title, src.Publisher, src.Date.Length > 0 ? src.Date : null, src.Url)
        : new SourceJson(s, "(not in sources.csv)", "", null, "")).ToList();

    private static MeasureJson Json(Dataset dataset, ControlMeasure m, DateOnly date, MeasureReview? review, IReadOnlyList<StatusChange> history, DateOnly? reviewed) => new(
        m.Id, m.Issuer, m.Instrument, Names.Of(m.Kind), m.Enacted, Format.Date(m.Announced), Format.Date(m.Effective), m.Ended is { } e ? Format.Date(e) : null,
        Format.Date(date), review is null ? null : Names.Of(review.Status), review?.StatusIfUnchanged is { } u ? Names.Of(u) : null,
        reviewed is { } rv ? Format.Date(rv) : null, m.Items, m.Destinations, m.ApprovalRate, m.LicenceDelayDays, m.ReachShare, m.Suspends,
        m.EffectiveScope.Select(c => new ScopeClauseJson(Names.Of(c.Kind), Format.Date(c.Effective), c.DeMinimisPct)).ToList(),
        m.Phases.Select(p => new PhaseJson(Format.Date(p.From), p.Destinations, p.ApprovalRate, p.LicenceDelayDays, Names.Of(p.Confidence), p.Sources, p.Notes,
            PhaseItems(m, p))).ToList(),
        history.Select(h => new StatusChangeJson(Format.Date(h.Date), Names.Of(h.Status), h.Verified)).ToList(), m.Notes, SourceJsons(dataset, m));
}
