using System.CommandLine;
using System.Globalization;
using Chokepoint.Analysis.Licences;
using Chokepoint.Cli.Infrastructure;
using Chokepoint.Contracts;
using Chokepoint.Evidence.Licences;
using Chokepoint.Evidence.Store;
using Chokepoint.Model;

namespace Chokepoint.Cli.Commands;

/// <summary>licences add/list/update: track applications to MOFCOM and when their statutory answer is due.</summary>
internal static class LicenceCommands
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var command = new Command("licences", "Track licence applications: statutory decision date (45 working days on China's calendar), stock end, at-risk flag");
        command.Subcommands.Add(Add(context));
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Update(context));
        return command;
    }

    private static Command Add(Func<ParseResult, CliContext> context)
    {
        var item = new Option<string>("--item") { Description = "Item id (see 'chokepoint items')", Required = true };
        var destination = new Option<string>("--destination") { Description = "Destination country (ISO3)", Required = true };
        var filed = new Option<string>("--filed") { Description = "Filing date, YYYY-MM-DD (taken as the date MOFCOM accepted it)", Required = true, HelpName = "DATE" };
        var quantity = new Option<double?>("--quantity") { Description = "Quantity applied for, in the item's unit" };
        var endUser = new Option<string?>("--end-user") { Description = "End user named in the application" };
        var code = new Option<string?>("--code") { Description = "Tariff line or control-list number of the goods", HelpName = "CODE" };
        var stock = new Option<double?>("--stock-days") { Description = "Days your stock of the item lasts from the filing date (default: the dataset's stocks.csv)" };
        var db = EvidenceOptions.Db();
        var command = new Command("add", "Record a licence application") { item, destination, filed, quantity, endUser, code, stock, db };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            var dataset = ctx.LoadDataset();
            var q = parse.GetValue(quantity);
            if (q is { } qq && (!double.IsFinite(qq) || qq < 0)) throw CliException.Usage($"--quantity {qq.ToString(CultureInfo.InvariantCulture)} is not a quantity; expected a number ≥ 0");
            var s = parse.GetValue(stock);
            if (s is { } ss && (!double.IsFinite(ss) || ss < 0 || ss > 36500)) throw CliException.Usage($"--stock-days {ss.ToString(CultureInfo.InvariantCulture)} is out of range; expected 0 to 36500");
            var codeText = parse.GetValue(code);
            if (codeText is not null) CodeOption.Resolve(dataset, codeText);
            var application = new LicenceApplication(0, AnalysisOptions.RequireItem(dataset, parse.GetValue(item)!).Id,
                AnalysisOptions.RequireCountry(dataset, parse.GetValue(destination)!, "--destination"),
                Infrastructure.Format.ParseDate(parse.GetValue(filed)!, "--filed"), "filed")
            {
                Code = codeText, Quantity = q, EndUser = parse.GetValue(endUser), StockDays = s,
            };
            using var store = Open(parse.GetValue(db)!, create: true, ctx.Clock);
            var stored = store.Add(application);
            Write(ctx, dataset, [stored], $"Licence application #{stored.Id} recorded");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(Func<ParseResult, CliContext> context)
    {
        var db = EvidenceOptions.Db();
        var command = new Command("list", "Licence applications with decision due, stock end and at-risk flag") { db };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            var dataset = ctx.LoadDataset();
            using var store = Open(parse.GetValue(db)!, create: false, ctx.Clock);
            Write(ctx, dataset, store.List(), "Licence applications");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Update(Func<ParseResult, CliContext> context)
    {
        var id = new Argument<long>("ID") { Description = "Application id (see 'licences list')" };
        var status = new Option<string>("--status") { Description = $"New status ({string.Join(", ", LicenceStatuses.All)})", Required = true };
        var db = EvidenceOptions.Db();
        var command = new Command("update", "Change the status of an application") { id, status, db };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            var s = parse.GetValue(status)!.Trim().ToLowerInvariant();
            if (!LicenceStatuses.All.Contains(s))
                throw CliException.Usage($"--status '{SafeText.Clip(parse.GetValue(status)!)}' is unknown; expected one of {string.Join(", ", LicenceStatuses.All)}");
            var dataset = ctx.LoadDataset();
            using var store = Open(parse.GetValue(db)!, create: false, ctx.Clock);
            var n = parse.GetValue(id);
            if (!store.UpdateStatus(n, s)) throw CliException.Usage($"no licence application #{n}; see 'chokepoint licences list'");
            Write(ctx, dataset, store.List().Where(a => a.Id == n).ToList(), $"Licence application #{n} updated");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(CliContext ctx, Dataset dataset, IReadOnlyList<LicenceApplication> applications, string title)
    {
        var assessed = applications.Select(a => LicenceTracker.Assess(dataset, a)).ToList();
        var table = new TableModel($"{title} ({assessed.Count})", "id", "item", "destination", "filed", "status", "decision due", "stock ends", "at risk")
            .WhenEmpty("none; add one with 'chokepoint licences add'.");
        foreach (var a in assessed)
            table.Add(Infrastructure.Format.Number(a.Application.Id), a.Application.Item, a.Application.Destination, Infrastructure.Format.Date(a.Application.Filed),
                a.Application.Status, a.DecisionDue is { } d ? Infrastructure.Format.Date(d) : "-",
                a.StockEnds is { } s ? $"{Infrastructure.Format.Date(s)} ({a.StockBasis})" : "-", a.AtRisk ? "yes" : "no");
        if (assessed.FirstOrDefault(a => a.TermSource is not null) is { } withTerm)
            table.Note($"Decision due: {withTerm.WorkingDays} working days after filing on China's official working-day calendar (holidays and adjusted working days: cn_calendar.csv), per {AnalysisOptions.SourceLabel(dataset, withTerm.TermSource!)}. Computed.");
        foreach (var a in assessed.Where(a => a.Note.Length > 0)) table.Note($"#{a.Application.Id}: {a.Note}");
        table.Note("At risk: an open application (filed or accepted) whose decision is due after the stock ends.");
        ctx.Render.Write(assessed.Select(LicenceJson.Of).ToList(), table);
    }

    private static LicenceStore Open(FileInfo db, bool create, TimeProvider clock)
    {
        if (!create && !db.Exists)
            throw CliException.Usage($"no workspace at '{db.Name}'; add an application with 'chokepoint licences add' first or choose one with --db FILE");
        if (db.Directory is { Exists: false } folder)
            throw CliException.Usage($"--db '{db.FullName}': the folder '{folder.FullName}' does not exist; create it or choose another path");
        try
        {
            return LicenceStore.Open(db.FullName, clock);
        }
        catch (WorkspaceException ex)
        {
            throw EvidenceOptions.Failure(ex);
        }
    }
}
