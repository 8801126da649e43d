using System.CommandLine;
using Chokepoint.Analysis.Controls;
using Chokepoint.Analysis.Exposure;
using Chokepoint.Cli.Infrastructure;
using Chokepoint.Contracts;
using Chokepoint.Reports;

namespace Chokepoint.Cli.Commands;

/// <summary>exposure and chokepoints: the static (zero-stock, zero-substitution) view.</summary>
internal static class ExposureCommands
{
    public static Command Exposure(Func<ParseResult, CliContext> context)
    {
        var item = new Argument<string>("ITEM") { Description = "Item id whose supply to the importer is analysed" };
        var to = new Option<string>("--to") { Description = "Importing country (ISO3), or a firm or plant (firms.csv, plants.csv): it buys as its country does", Required = true };
        var madeIn = new Option<bool>("--made-in") { Description = "Measure the makers located in the --to country (as 'report' does) instead of what its buyers receive" };
        var from = new Option<string?>("--from") { Description = "Hypothetical: this country (ISO3) stops exports at every tier of the chain" };
        var items = new Option<string?>("--items") { Description = "With --from: only these item ids (comma-separated)", HelpName = "A,B" };
        var asOf = new Option<string?>("--as-of") { Description = "Block exactly what the measures in force on DATE restrict toward the importer", HelpName = "DATE" };
        var approval = new Option<double?>("--approval-rate") { Description = "With --as-of: approval rate (0-1) replacing every licence regime's own", HelpName = "R" };
        var command = new Command("exposure", "Share of an item's supply to an importer at risk under a blockade (static bound: no stocks, no substitution)")
            { item, to, madeIn, from, items, asOf, approval };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            var dataset = ctx.LoadDataset();
            var id = AnalysisOptions.RequireItem(dataset, parse.GetValue(item)!).Id;
            var importer = AnalysisOptions.RequireCountryOrFirm(dataset, parse.GetValue(to)!, "--to");
            var fromText = parse.GetValue(from);
            var asOfText = parse.GetValue(asOf);
            if ((fromText is null) == (asOfText is null))
                throw CliException.Usage("give exactly one of --from ISO3 (hypothetical cut-off) or --as-of DATE (the measures in force)");
            var rate = parse.GetValue(approval);
            if (rate is { } r && (!double.IsFinite(r) || r < 0 || r > 1))
                throw CliException.Usage($"--approval-rate {r} is out of range; expected a fraction between 0 and 1");
            Blockade blockade;
            DateOnly? date = null;
            if (fromText is not null)
            {
                if (rate is not null) throw CliException.Usage("--approval-rate applies to --as-of (licence regimes in force), not to --from");
                var issuer = AnalysisOptions.RequireCountry(dataset, fromText, "--from");
                var list = parse.GetValue(items)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(i => AnalysisOptions.RequireItem(dataset, i).Id).ToList();
                blockade = Blockade.From(issuer, list, dataset);
            }
            else
            {
                if (parse.GetValue(items) is not null) throw CliException.Usage("--items applies to --from; with --as-of the measures decide which items are restricted");
                date = Format.ParseDate(asOfText!, "--as-of");
                blockade = Blockade.AsOf(dataset, date.Value, rate);
            }
            var analysis = new ExposureAnalysis(dataset, blockade);
            var result = parse.GetValue(madeIn) ? analysis.AnalyseMadeIn(id, importer) : analysis.Analyse(id, importer);
            var title = result.MadeIn
                ? $"{id} made in {importer}: makers' output at risk {Format.Pct(100 * result.OutputAtRisk)} (computed)"
                : $"{id} bought by {importer}: supply to its buyers at risk {Format.Pct(100 * result.OutputAtRisk)} (computed)";
            var table = new TableModel(title, "input", "share blocked % (1st tier)", "available % (all tiers)").Numeric(1, 2);
            foreach (var i in result.Inputs) table.Add(i.Item, Format.Pct(100 * i.ShareBlocked), Format.Pct(100 * i.Available));
            table.Note($"Blocked: {Format.List(result.Blocked)}{(date is { } d ? $" (measures in force on {Format.Date(d)})" : " (hypothetical, at every tier)")}");
            table.Note($"Limiting path: {string.Join(" -> ", result.LimitingPath)}");
            table.Note(result.MadeIn
                ? $"Made in: what the makers located in {importer} lose (the report's measure); without --made-in: what buyers in {importer} receive, wherever it was made."
                : $"Bought by: what buyers in {importer} receive, wherever it was made; with --made-in: what the makers located in {importer} lose (the report's measure).");
            table.Note("Static bound: no stocks, no spare capacity, no substitution. Shares: production.csv; sourcing mix: trade.csv where the buyer has rows (see 'chokepoint shares').");
            if (!result.MadeIn)
                table.Note(SourcingMix.FromTrade(dataset, id, importer)
                    ? $"Sourcing of {id}: {dataset.LocationOf(importer)}'s own imports (trade.csv)."
                    : $"Sourcing of {id}: world mix (no trade.csv rows for {dataset.LocationOf(importer)}; world production shares by producer, plants included).");
            var worldMix = result.Inputs.Where(i => !SourcingMix.FromTrade(dataset, i.Item, importer)).Select(i => i.Item).ToList();
            if (result.MadeIn && worldMix.Count > 0)
                table.Note($"Inputs bought on the world mix (no trade.csv rows for {dataset.LocationOf(importer)}): {Format.List(worldMix)}; plants of plants.csv count as producers.");
            var review = date is { } rd ? ReviewNotice.Line(dataset, rd) : null;
            if (review is not null) table.Note(review);
            ctx.Render.Write(ExposureJson.Of(result, date, review), table);
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Chokepoints(Func<ParseResult, CliContext> context)
    {
        var issuer = new Option<string>("--issuer") { Description = "Country that could withhold items (ISO3)", Required = true };
        var target = new Option<string>("--target") { Description = "Country (ISO3) or group of countries.csv (e.g. EU: worst member kept)", Required = true };
        var asOf = new Option<string?>("--as-of") { Description = "Date for the 'controlled' column (default: today)", HelpName = "DATE" };
        var command = new Command("chokepoints", "Items ranked by how much of the target's product output is at risk if the issuer stops that item alone")
            { issuer, target, asOf };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            var dataset = ctx.LoadDataset();
            var from = AnalysisOptions.RequireCountry(dataset, parse.GetValue(issuer)!, "--issuer");
            var targets = AnalysisOptions.RequireCountryOrGroup(dataset, parse.GetValue(target)!, "--target");
            var date = AnalysisOptions.DateOr(parse.GetValue(asOf), "--as-of", ctx.Today);
            var rows = ChokepointRanking.Rank(dataset, from, targets, date);
            var table = Table(rows, from, parse.GetValue(target)!.Trim(), date);
            if (ReviewNotice.Line(dataset, date) is { } review) table.Note(review);
            ctx.Render.Write(Json(rows), table);
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static object Json(IReadOnlyList<ChokepointRow> rows) => ChokepointJson.Of(rows);


    internal static TableModel Table(IReadOnlyList<ChokepointRow> rows, string issuer, string target, DateOnly date)
    {
        var table = new TableModel($"Chokepoints: {issuer} -> {target} (controls as of {Format.Date(date)})",
            "item", "dependence %", "dependence from", "output at risk % (max)", "controlled", "HHI", "products affected").Numeric(1, 3, 5);
        foreach (var r in rows)
            table.Add(r.Item, Format.Pct(r.DependencePct), ShareLabels.DependenceFrom(r.DependenceBasis, r.DependenceIsProxy), Format.Pct(100 * r.OutputAtRiskMax), r.Controlled ? "yes" : "no",
                r.Hhi.ToString("0", System.Globalization.CultureInfo.InvariantCulture), Format.List(r.ProductsAffected.Take(6)) + (r.ProductsAffected.Count > 6 ? ", …" : ""));
        table.Note("Computed: each item blocked alone at every tier, static bound (no stocks or substitution), on products made in the target. Dependence: target's direct sourcing mix (trade.csv, else world shares).");
        if (ShareLabels.DependenceFootnote(rows.Select(r => (r.DependenceBasis, r.DependenceIsProxy))) is { Length: > 0 } footnote)
            table.Note(footnote);
        return table;
    }
}
