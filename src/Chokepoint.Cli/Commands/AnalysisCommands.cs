using System.CommandLine;
using Chokepoint.Analysis.Concentration;
using Chokepoint.Analysis.Controls;
using Chokepoint.Cli.Infrastructure;
using Chokepoint.Contracts;
using Chokepoint.Model;
using Chokepoint.Reports;

namespace Chokepoint.Cli.Commands;

/// <summary>shares and controls: what the dataset says about concentration and the registry.</summary>
internal static class AnalysisCommands
{
    public static void Register(RootCommand root, Func<ParseResult, CliContext> context)
    {
        root.Subcommands.Add(Shares(context));
        root.Subcommands.Add(Controls(context));
        root.Subcommands.Add(ExposureCommands.Exposure(context));
        root.Subcommands.Add(ExposureCommands.Chokepoints(context));
    }

    private static Command Shares(Func<ParseResult, CliContext> context)
    {
        var item = new Argument<string>("ITEM") { Description = "Item id (see 'chokepoint items')" };
        var year = new Option<int?>("--year") { Description = "Year of the shares (default: latest with data)" };
        var command = new Command("shares", "Country shares of world production of an item, with sources, HHI and top-3 share") { item, year };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            var dataset = ctx.LoadDataset();
            var id = AnalysisOptions.RequireItem(dataset, parse.GetValue(item)!).Id;
            var y = parse.GetValue(year);
            var result = ConcentrationAnalysis.Of(dataset, id, y) ?? throw CliException.Usage(y is null
                ? $"item '{id}' has no rows in production.csv"
                : $"item '{id}' has no shares for {y}; years with data: {string.Join(", ", dataset.Tables.Production.Where(p => p.Item == id).Select(p => p.Year).Distinct().Order())}");
            var table = new TableModel($"{id}: world production shares {result.Year}", "country", "share %", "basis", "source", "confidence").Numeric(1);
            table.Note($"HHI {result.Hhi:0} and top-3 share {Format.Pct(result.Top3Pct)} (computed from the rows above; ROW excluded from HHI)");
            foreach (var s in result.Shares) table.Add(s.Country, Format.Pct(s.SharePct), ShareLabels.Tag(s.Basis, s.IsProxy) is { Length: > 0 } tag ? tag : "output", s.Source, Names.Of(s.Confidence));
            if (ShareLabels.Footnote(result.Shares.Select(s => (s.Basis, s.IsProxy))) is { Length: > 0 } footnote)
                table.Note(footnote + " (docs/data.md)");
            foreach (var src in result.Shares.Select(s => s.Source).Distinct()) table.Note(AnalysisOptions.SourceLabel(dataset, src));
            var others = dataset.Tables.Claims.Where(c => c.Item == id).ToList();
            foreach (var c in others) table.Note($"Other published figure: {c.Country} {Format.Pct(c.ValuePct)} ({c.Metric}, {c.Year}) per {c.Source}{(c.Note.Length > 0 ? " — " + c.Note : "")}");
            ctx.Render.Write(SharesJson.Of(result), table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Controls(Func<ParseResult, CliContext> context)
    {
        var asOf = new Option<string?>("--as-of") { Description = "Date of the status, YYYY-MM-DD (default: today)", HelpName = "DATE" };
        var issuer = new Option<string?>("--issuer") { Description = "Only measures issued by this country (ISO3)" };
        var target = new Option<string?>("--target") { Description = "Only measures whose destinations include this country (ISO3)" };
        var item = new Option<string?>("--item") { Description = "Only measures listing this item id" };
        var hs = new Option<string?>("--hs") { Description = "Only measures covering an item whose HS code starts with (or is a prefix of) CODE", HelpName = "CODE" };
        var status = new Option<string?>("--status") { Description = $"Only measures with this status ({string.Join(", ", Names.Statuses)})" };
        var code = CodeOption.Create();
        var command = new Command("controls", "Export-control measures with their status on a date") { asOf, issuer, target, item, hs, status, code };
        command.Subcommands.Add(ControlsShowCommand.Create(context));
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            var dataset = ctx.LoadDataset();
            var date = AnalysisOptions.DateOr(parse.GetValue(asOf), "--as-of", ctx.Today);
            var statusText = parse.GetValue(status);
            MeasureStatus? st = statusText is null ? null
                : Names.ParseStatus(statusText) ?? throw CliException.Usage($"--status '{statusText}' is unknown; expected one of {string.Join(", ", Names.Statuses)}");
            var hsText = parse.GetValue(hs);
            if (hsText is not null && (hsText.Length < 2 || !hsText.All(char.IsAsciiDigit)))
                throw CliException.Usage($"--hs '{hsText}' is not an HS code; expected digits such as 850511");
            var filter = new ControlFilter
            {
                AsOf = date,
                Issuer = parse.GetValue(issuer) is { } i ? AnalysisOptions.RequireCountry(dataset, i, "--issuer") : null,
                Target = parse.GetValue(target) is { } t ? AnalysisOptions.RequireCountry(dataset, t, "--target") : null,
                Item = parse.GetValue(item) is { } it ? AnalysisOptions.RequireItem(dataset, it).Id : null,
                HsCode = hsText,
                Status = st,
            };
            var match = parse.GetValue(code) is { } codeText ? CodeOption.Resolve(dataset, codeText) : null;
            if (match is not null) filter = filter with { MeasureIds = match.MeasureIds };
            var rows = ControlQuery.Run(dataset, filter);
            var table = new TableModel($"Export controls as of {Format.Date(date)} ({rows.Count})", "id", "issuer", "kind", "announced", "effective", "status", "items", "destinations");
            foreach (var r in rows)
                table.Add(r.Measure.Id, r.Measure.Issuer, Names.Of(r.Measure.Kind), Format.Date(r.Measure.Announced), Format.Date(r.Measure.Effective),
                    Names.Of(r.Status) + (r.StatusIfUnchanged is { } u ? $" ({Names.Of(u)} if unchanged)" : ""), Format.List(r.Measure.Items.Count > 0 ? r.Measure.Items : r.Measure.Suspends.Select(s => "suspends " + s)), Format.List(r.Measure.Destinations));
            if (match is not null) table.Note(CodeOption.Describe(match));
            table.Note("Status: announced before the effective date, in_force from it, suspended inside a suspension window, ended from the end date. Sources: 'chokepoint controls --format json'.");
            foreach (var lapse in LapsedSuspensions.Before(dataset, date))
                table.Note(LapsedSuspensions.Warning(lapse));
            if (ReviewNotice.Line(dataset, date) is { } review) table.Note(review);
            else if (dataset.Tables.ControlsReviewedThrough is { } reviewed) table.Note($"Registry reviewed through {Format.Date(reviewed)}.");
            ctx.Render.Write(rows.Select(r => ControlJson.Of(r, dataset.Tables.ControlsReviewedThrough)).ToList(), table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
