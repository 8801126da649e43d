using System.CommandLine;
using Chokepoint.Analysis.Changes;
using Chokepoint.Analysis.Screening;
using Chokepoint.Cli.Infrastructure;
using Chokepoint.Contracts;
using Chokepoint.Data.Parts;

namespace Chokepoint.Cli.Commands;

/// <summary>changes: what the registry records between two dates, and which of a parts list's parts changed status.</summary>
internal static class ChangesCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var since = new Option<string>("--since") { Description = "First date, YYYY-MM-DD (inclusive)", Required = true, HelpName = "DATE" };
        var until = new Option<string?>("--until") { Description = "Last date, YYYY-MM-DD (inclusive; default: today)", HelpName = "DATE" };
        var parts = new Option<FileInfo?>("--parts") { Description = "A parts list (.csv/.xlsx, as for 'screen'): also list the parts whose status changed", HelpName = "FILE" };
        var destination = new Option<string?>("--destination") { Description = "Destination of the parts (ISO3; needed with --parts)" };
        var map = new Option<string?>("--map") { Description = "Your headers for the parts fields, as for 'screen'", HelpName = "FIELD=HEADER,…" };
        var command = new Command("changes", "Measures announced, taking effect, suspended, lapsing or ending between two dates; with --parts, the parts whose status changed") { since, until, parts, destination, map };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            var dataset = ctx.LoadDataset();
            var from = Infrastructure.Format.ParseDate(parse.GetValue(since)!, "--since");
            var to = AnalysisOptions.DateOr(parse.GetValue(until), "--until", ctx.Today);
            if (to < from) throw CliException.Usage($"--until {Infrastructure.Format.Date(to)} is before --since {Infrastructure.Format.Date(from)}; expected a later date");
            var changes = ChangeLog.Between(dataset, from, to);
            IReadOnlyList<PartChange>? changed = null;
            if (parse.GetValue(parts) is { } file)
            {
                var dest = parse.GetValue(destination) is { } d ? AnalysisOptions.RequireCountry(dataset, d, "--destination")
                    : throw CliException.Usage("--parts needs --destination (ISO3 of where the parts are delivered)");
                var columns = PartsColumns.Parse(parse.GetValue(map), out var problem) ?? throw CliException.Usage($"--map: {problem}");
                changed = PartChange.Between(dataset, ScreenCommand.ReadParts(file, columns, dataset).Rows, dest, from, to);
            }
            var table = new TableModel($"Registry changes {Infrastructure.Format.Date(from)} – {Infrastructure.Format.Date(to)} ({changes.Count})", "date", "measure", "change", "detail")
                .WhenEmpty("no measure changes in this period.");
            foreach (var c in changes)
                table.Add(Infrastructure.Format.Date(c.Date), c.MeasureId, c.Change + (c.Unverified ? " (unverified)" : ""), c.Detail);
            if (dataset.Tables.ControlsReviewedThrough is { } rv) table.Note($"Registry reviewed through {Infrastructure.Format.Date(rv)}; later dates are recorded but unverified.");
            var tables = new List<TableModel> { table };
            if (changed is not null)
            {
                var pt = new TableModel($"Parts whose status changed ({changed.Count})", "row", "part", "code", "before", "after", "in force before", "in force after")
                    .WhenEmpty("no part changed status.");
                foreach (var p in changed)
                    pt.Add(p.After.Part.Row.ToString(System.Globalization.CultureInfo.InvariantCulture), p.After.Part.Part, p.After.Part.Code, p.Before.Verdict, p.After.Verdict,
                        Infrastructure.Format.List(p.Before.InForce), Infrastructure.Format.List(p.After.InForce));
                tables.Add(pt);
            }
            ctx.Render.Write(ChangesJson.Of(from, to, dataset.Tables.ControlsReviewedThrough, changes, changed), [.. tables]);
            return ExitCodes.Ok;
        });
        return command;
    }
}
