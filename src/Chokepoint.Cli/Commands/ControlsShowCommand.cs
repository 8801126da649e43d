using System.CommandLine;
using Chokepoint.Analysis.Controls;
using Chokepoint.Cli.Infrastructure;
using Chokepoint.Model;

namespace Chokepoint.Cli.Commands;

/// <summary>controls show ID: one measure as written, with clauses, phases, notes, sources and status history.</summary>
internal static class ControlsShowCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var id = new Argument<string>("ID") { Description = "Measure id, e.g. CHN-MOFCOM-2025-18 (see 'chokepoint controls')" };
        var asOf = new Option<string?>("--as-of") { Description = "Date of the status shown (default: today)", HelpName = "DATE" };
        var command = new Command("show", "One measure with its scope clauses, licence phases, notes, sources and status history") { id, asOf };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            var dataset = ctx.LoadDataset();
            var m = Require(dataset, parse.GetValue(id)!);
            var date = AnalysisOptions.DateOr(parse.GetValue(asOf), "--as-of", ctx.Today);
            var review = new MeasureResolver(dataset.Tables.Controls, dataset.Tables.ControlsReviewedThrough).Review(m, date);
            var history = MeasureHistory.Of(dataset, m);
            var reviewed = dataset.Tables.ControlsReviewedThrough;
            ctx.Render.Write(Json(dataset, m, date, review, history, reviewed), Tables(dataset, m, date, review, history, reviewed));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static ControlMeasure Require(Dataset dataset, string text)
    {
        var key = text.Trim();
        if (dataset.Measures.TryGetValue(key, out var exact)) return exact;
        var match = dataset.Measures.Values.FirstOrDefault(m => string.Equals(m.Id, key, StringComparison.OrdinalIgnoreCase));
        if (match is not null) return match;
        var near = dataset.Measures.Keys.Where(k => k.Contains(key, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).Take(5).ToList();
        throw CliException.Usage($"unknown measure '{text}'; expected an id from 'chokepoint controls'{(near.Count > 0 ? $" (close: {string.Join(", ", near)})" : "")}");
    }

    private static string Status(MeasureReview? r) => r is null ? "not yet announced"
        : Names.Of(r.Status) + (r.StatusIfUnchanged is { } u ? $" ({Names.Of(u)} if unchanged; analyses use {Names.Of(r.Effective)})" : "");

    private static TableModel[] Tables(Dataset dataset, ControlMeasure m, DateOnly date, MeasureReview? review, IReadOnlyList<StatusChange> history, DateOnly? reviewed)
    {
        var main = new TableModel($"{m.Id}: {m.Instrument}", "field", "value");
        main.Add("issuer", m.Issuer).Add("kind", Names.Of(m.Kind) + (m.Enacted ? "" : " (announced commitment, not enacted: no effect)"))
            .Add("announced", Format.Date(m.Announced)).Add("effective", Format.Date(m.Effective))
            .Add("ended", m.Ended is { } e ? Format.Date(e) : "").Add($"status on {Format.Date(date)}", Status(review))
            .Add("items", Format.List(m.Items)).Add("destinations", Format.List(m.Destinations))
            .Add("approval rate", m.ApprovalRate is { } a ? Format.Pct(100 * a) + " (before phases)" : "")
            .Add("licence delay", m.LicenceDelayDays is { } d ? $"{d} days" : "")
            .Add("reach share", m.ReachShare is { } r ? Format.Pct(100 * r) : "all flows in scope");
        if (m.Suspends.Count > 0) main.Add("suspends", Format.List(m.Suspends));
        main.Note(m.Notes);
        var scope = new TableModel($"{m.Id}: scope clauses{(m.Scope.Count == 0 ? " (default)" : "")}", "clause", "effective", "de minimis %");
        foreach (var c in m.EffectiveScope) scope.Add(Names.Of(c.Kind), Format.Date(c.Effective), c.DeMinimisPct is { } p ? p.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) : "");
        scope.Note("export: exports from the issuer; reexport: re-exports of issuer-origin items by third countries; foreign-content: foreign-made goods with issuer content above the de minimis (or made with the issuer's technology).");
        var phases = new TableModel($"{m.Id}: licence phases ({m.Phases.Count})", "from", "destinations", "approval %", "delay days", "confidence", "sources").Numeric(2, 3);
        foreach (var p in m.Phases)
            phases.Add(Format.Date(p.From), Format.List(p.Destinations), p.ApprovalRate is { } pa ? Format.Pct(100 * pa) : "", p.LicenceDelayDays is { } pd ? Format.Int(pd) : "", Names.Of(p.Confidence), Format.List(p.Sources));
        foreach (var p in m.Phases.Where(p => p.Notes.Length > 0)) phases.Note($"{Format.Date(p.From)} {Format.List(p.Destinations)}: {p.Notes}");
        var hist = new TableModel($"{m.Id}: status history", "from", "status", "verified");
        foreach (var h in history) hist.Add(Format.Date(h.Date), Names.Of(h.Status), h.Verified ? "yes" : "no");
        if (reviewed is { } rv) hist.Note($"Registry reviewed through {Format.Date(rv)}: later changes are what the recorded dates give, not confirmed by a source.");
        var sources = new TableModel($"{m.Id}: sources", "id", "title", "publisher", "date", "url");
        foreach (var s in m.Sources.Concat(m.Phases.SelectMany(p => p.Sources)).Distinct())
            if (dataset.Sources.TryGetValue(s, out var src)) sources.Add(src.Id, src.Title, src.Publisher, src.Date, src.Url);
            else sources.Add(s, "(not in sources.csv)", "", "", "");
        return [main, scope, phases, hist, sources];
    }

    private static object Json(Dataset dataset, ControlMeasure m, DateOnly date, MeasureReview? review, IReadOnlyList<StatusChange> history, DateOnly? reviewed) => new
    {
        id = m.Id,
        issuer = m.Issuer,
        instrument = m.Instrument,
        kind = Names.Of(m.Kind),
        enacted = m.Enacted,
        announced = Format.Date(m.Announced),
        effective = Format.Date(m.Effective),
        ended = m.Ended is { } e ? Format.Date(e) : null,
        as_of = Format.Date(date),
        status = review is null ? null : Names.Of(review.Status),
        status_if_unchanged = review?.StatusIfUnchanged is { } u ? Names.Of(u) : null,
        reviewed_through = reviewed is { } rv ? Format.Date(rv) : null,
        items = m.Items,
        destinations = m.Destinations,
        approval_rate = m.ApprovalRate,
        licence_delay_days = m.LicenceDelayDays,
        reach_share = m.ReachShare,
        suspends = m.Suspends,
        scope = m.EffectiveScope.Select(c => new { clause = Names.Of(c.Kind), effective = Format.Date(c.Effective), de_minimis_pct = c.DeMinimisPct }).ToList(),
        phases = m.Phases.Select(p => new
        {
            from = Format.Date(p.From), destinations = p.Destinations, approval_rate = p.ApprovalRate, licence_delay_days = p.LicenceDelayDays,
            confidence = Names.Of(p.Confidence), sources = p.Sources, notes = p.Notes,
        }).ToList(),
        status_history = history.Select(h => new { from = Format.Date(h.Date), status = Names.Of(h.Status), verified = h.Verified }).ToList(),
        notes = m.Notes,
        sources = m.Sources.Concat(m.Phases.SelectMany(p => p.Sources)).Distinct().Select(s => dataset.Sources.TryGetValue(s, out var src)
            ? new { id = src.Id, title = src.Title, publisher = src.Publisher, date = src.Date.Length > 0 ? src.Date : null, url = src.Url }
            : new { id = s, title = "(not in sources.csv)", publisher = "", date = (string?)null, url = "" }).ToList(),
    };
}
