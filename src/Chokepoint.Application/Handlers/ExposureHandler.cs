using Chokepoint.Analysis.Controls;
using Chokepoint.Analysis.Exposure;
using Chokepoint.Application.Inputs;
using Chokepoint.Application.Tables;
using Chokepoint.Application.Wording;
using Chokepoint.Contracts;

namespace Chokepoint.Application.Handlers;

/// <summary>exposure: the share of an item's supply at risk under a blockade (static bound: no stocks, no substitution).</summary>
public static class ExposureHandler
{
    /// <summary>
    /// Runs the request. Exactly one of a date or a cut-off country must be given: no surface picks a date for the user
    /// (the answer changes with it), so the CLI and the web refuse alike.
    /// </summary>
    public static ExposureAnswer Handle(Session s, ExposureRequest r)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(r);
        var dataset = s.Dataset;
        var id = Resolve.Item(dataset, r.Item, s.Surface == Surface.Cli ? "ITEM" : "product").Id;
        var importer = Resolve.Country(dataset, r.To, s.P("to"));
        var rate = Resolve.Fraction(r.ApprovalRate, s.P("approval-rate"));
        var hasFrom = !string.IsNullOrWhiteSpace(r.From);
        var hasDate = !string.IsNullOrWhiteSpace(r.AsOf);
        if (hasFrom == hasDate)
            throw new RequestException(s.P(hasFrom ? "from" : "as-of"), $"give exactly one of {s.P("from")} ISO3 (hypothetical cut-off) or {s.P("as-of")} DATE (the measures in force)");
        Blockade blockade;
        DateOnly? date = null;
        string? issuer = null;
        if (hasFrom)
        {
            if (rate is not null) throw new RequestException(s.P("approval-rate"), $"{s.P("approval-rate")} applies to {s.P("as-of")} (licence regimes in force), not to {s.P("from")}");
            issuer = Resolve.Country(dataset, r.From, s.P("from"));
            blockade = Blockade.From(issuer, Resolve.Items(dataset, r.Items, s.P("items")));
        }
        else
        {
            if (!string.IsNullOrWhiteSpace(r.Items)) throw new RequestException(s.P("items"), $"{s.P("items")} applies to {s.P("from")}; with {s.P("as-of")} the measures decide which items are restricted");
            date = Resolve.Date(r.AsOf, s.P("as-of"));
            blockade = Blockade.AsOf(dataset, date.Value, rate);
        }
        var analysis = new ExposureAnalysis(dataset, blockade);
        var result = r.MadeIn ? analysis.AnalyseMadeIn(id, importer) : analysis.Analyse(id, importer);
        var review = date is { } rd ? ReviewNotice.Line(dataset, rd) : null;
        // After the review date, where it changes the answer: the figure both ways (issue 18 §5).
        var branches = date is { } bd ? ExposureBranches.Of(dataset, id, importer, bd, r.MadeIn, rate) : null;
        var table = Table(result, importer, date, review);
        if (branches is not null) table.Note(branches.Line(Format.Pct));
        return new ExposureAnswer(result, analysis, date, issuer, review, ExposureJson.Of(result, date, review, branches), table);
    }

    /// <summary>The title of an exposure figure: which question it answers (made in or bought by).</summary>
    public static string Question(ExposureResult result, string importer)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.MadeIn
            ? $"{result.Item} {Words.MadeIn} {importer}: makers' output at risk"
            : $"{result.Item} {Words.BoughtBy} {importer}: supply to its buyers at risk";
    }

    private static Table Table(ExposureResult result, string importer, DateOnly? date, string? review)
    {
        var table = new Table($"{Question(result, importer)} {Format.Frac(result.OutputAtRisk)} (computed, static bound: no stocks)", "input", "share blocked % (1st tier)", "available % (all tiers)")
            .Kinds(CellKind.Item, 0).Numeric(1, 2);
        foreach (var i in result.Inputs) table.Add(i.Item, Format.Frac(i.ShareBlocked), Format.Frac(i.Available));
        table.Note($"Blocked: {Format.List(result.Blocked)}{(date is { } d ? $" (measures in force on {Format.Date(d)})" : " (hypothetical, at every tier)")}");
        table.Note($"Limiting path: {string.Join(" -> ", result.LimitingPath)}");
        table.Note(result.MadeIn
            ? $"Made in: what the makers located in {importer} lose (the report's measure); without --made-in: what buyers in {importer} receive, wherever it was made."
            : $"Bought by: what buyers in {importer} receive, wherever it was made; with --made-in: what the makers located in {importer} lose (the report's measure).");
        table.Note("Static bound: no stocks, no spare capacity, no substitution. Shares: production.csv; sourcing mix: trade.csv where the buyer has rows (see 'chokepoint shares').");
        if (result.EndUse != Model.Names.CivilUse)
            table.Note($"End use: {result.EndUse} (demand.csv end_use, or the item's defence industry): measures for {result.EndUse} buyers applied.");
        table.Note(review);
        return table;
    }
}
