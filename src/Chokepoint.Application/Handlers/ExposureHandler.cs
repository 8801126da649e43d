using Chokepoint.Analysis.Controls;
using Chokepoint.Analysis.Exposure;
using Chokepoint.Application.Inputs;
using Chokepoint.Application.Tables;
using Chokepoint.Application.Wording;
using Chokepoint.Contracts;
using Chokepoint.Model;

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
        var id = Resolve.Item(dataset, r.Item, s.Arg("ITEM", "product")).Id;
        var importer = Resolve.CountryOrFirm(dataset, r.To, s.P("to"));
        var rate = Resolve.Fraction(r.ApprovalRate, s.P("approval-rate"));
        var hasFrom = !string.IsNullOrWhiteSpace(r.From);
        var hasDate = !string.IsNullOrWhiteSpace(r.AsOf);
        if (hasFrom == hasDate)
            throw new RequestException(s.P(hasFrom ? "from" : "as-of"), $"give exactly one of {s.P("from")} ISO3 (hypothetical cut-off) or {s.P("as-of")} DATE (the measures in force)");
        Blockade blockade;
        DateOnly? date = null;
        string? issuer = null;
        List<ControlMeasure>? measures = null;
        if (hasFrom)
        {
            if (!string.IsNullOrWhiteSpace(r.Issuer)) throw new RequestException(s.P("issuer"), $"{s.P("issuer")} applies to {s.P("as-of")} (only that country's measures in force); {s.P("from")} already names the country");
            if (rate is not null) throw new RequestException(s.P("approval-rate"), $"{s.P("approval-rate")} applies to {s.P("as-of")} (licence regimes in force), not to {s.P("from")}");
            issuer = Resolve.Country(dataset, r.From, s.P("from"));
            blockade = Blockade.From(issuer, Resolve.Items(dataset, r.Items, s.P("items")), dataset);
        }
        else
        {
            if (!string.IsNullOrWhiteSpace(r.Items)) throw new RequestException(s.P("items"), $"{s.P("items")} applies to {s.P("from")}; with {s.P("as-of")} the measures decide which items are restricted");
            date = Resolve.Date(r.AsOf, s.P("as-of"));
            issuer = string.IsNullOrWhiteSpace(r.Issuer) ? null : Resolve.Country(dataset, r.Issuer, s.P("issuer"));
            measures = issuer is null ? null : dataset.Tables.Controls.Where(m => m.Issuer == issuer || m.Kind == MeasureKind.Suspension).ToList();
            blockade = Blockade.AsOf(dataset, date.Value, rate, measures);
        }
        var analysis = new ExposureAnalysis(dataset, blockade);
        var raw = r.MadeIn ? analysis.AnalyseMadeIn(id, importer) : analysis.Analyse(id, importer);
        // Only the measures on the item's paths bear on the answer: the others are neither listed nor named as unverified.
        var upstream = Upstream(dataset, id);
        bool OnPath(ControlMeasure m) => m.Items.Any(upstream.Contains);
        var result = date is null ? raw : raw with { Blocked = raw.Blocked.Where(b => dataset.Measures.TryGetValue(b, out var m) ? OnPath(m) : true).ToList() };
        var review = date is { } rd ? ReviewNotice.Line(dataset, rd, issuer, OnPath) : null;
        var basis = date is { } d0 ? $"{(issuer is null ? "measures" : $"measures of {issuer}")} in force on {Format.Date(d0)}" : $"hypothetical: {issuer} stops exports at every tier";
        // After the review date, where it changes the answer: the figure both ways (issue 18 §5).
        var branches = date is { } bd ? ExposureBranches.Of(dataset, id, importer, bd, r.MadeIn, rate, measures) : null;
        var table = Table(result, importer, basis, review).Note(Sourcing(dataset, result, importer));
        foreach (var line in MixWording.Qualified(dataset, upstream)) table.Note(line);
        if (branches is not null) table.Note(branches.Line(Format.Pct));
        return new ExposureAnswer(result, analysis, date, issuer, review, basis, ExposureJson.Of(result, date, review, branches), table);
    }

    /// <summary>Which mix the figure rests on: the buyer's own imports (trade.csv), a domestic share, or the world mix (issue 17 §3).</summary>
    private static string Sourcing(Dataset dataset, ExposureResult result, string importer)
    {
        var at = dataset.LocationOf(importer);
        if (!result.MadeIn) return $"Sourcing of {result.Item}: {MixWording.Of(dataset, result.Item, at)}.";
        var world = result.Inputs.Where(i => !SourcingMix.FromTrade(dataset, i.Item, importer)).Select(i => i.Item).ToList();
        return world.Count == 0 ? $"Inputs bought as {at} imports them (trade.csv)."
            : $"Inputs bought on the world mix (no trade.csv rows for {at}): {Format.List(world)}; plants of plants.csv count as producers.";
    }

    /// <summary>The title of an exposure figure: which question it answers (made in or bought by).</summary>
    public static string Question(ExposureResult result, string importer)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.MadeIn
            ? $"{result.Item} {Words.MadeIn} {importer}: makers' output at risk"
            : $"{result.Item} {Words.BoughtBy} {importer}: supply to its buyers at risk";
    }

    /// <summary>The item and everything upstream of it in the recipes (every input, alternatives included, at every tier).</summary>
    public static HashSet<string> Upstream(Model.Dataset dataset, string item)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var seen = new HashSet<string>(StringComparer.Ordinal) { item };
        var queue = new Queue<string>([item]);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            foreach (var line in dataset.Tables.Recipes)
                if (line.Output == current && seen.Add(line.Input)) queue.Enqueue(line.Input);
        }
        return seen;
    }

    private static Table Table(ExposureResult result, string importer, string basis, string? review)
    {
        var table = new Table($"{Question(result, importer)} {Format.Frac(result.OutputAtRisk)} ({basis}; computed, static bound: no stocks)", "input", "share blocked % (1st tier)", "available % (all tiers)")
            .Kinds(CellKind.Item, 0).Numeric(1, 2);
        foreach (var i in result.Inputs) table.Add(i.Item, Format.Frac(i.ShareBlocked), Format.Frac(i.Available));
        table.Note($"Blocked: {(result.Blocked.Count == 0 ? "nothing on this item's paths" : Format.List(result.Blocked))} ({basis}{(result.Blocked.Count > 0 && !basis.StartsWith("hyp", StringComparison.Ordinal) ? ", on this item's paths" : "")})");
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
