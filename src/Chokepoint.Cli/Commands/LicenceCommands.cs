using System.CommandLine;
using Chokepoint.Application.Parts;
using Chokepoint.Cli.Infrastructure;
using Chokepoint.Evidence.Licences;
using Chokepoint.Evidence.Store;
using Chokepoint.Model;

namespace Chokepoint.Cli.Commands;

/// <summary>licences add/list/update: parse → LicencesHandler → render; the applications live in the workspace (--db).</summary>
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
            var session = ctx.Session();
            var request = new LicenceAddRequest(parse.GetValue(item), parse.GetValue(destination), parse.GetValue(filed), parse.GetValue(quantity),
                parse.GetValue(endUser), parse.GetValue(code), parse.GetValue(stock));
            using var store = Open(parse.GetValue(db)!, create: true, ctx.Clock);
            ctx.Render.Write(LicencesHandler.Add(session, request, store));
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
            var session = ctx.Session();
            using var store = Open(parse.GetValue(db)!, create: false, ctx.Clock);
            ctx.Render.Write(LicencesHandler.List(session, store));
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
            var session = ctx.Session();
            using var store = Open(parse.GetValue(db)!, create: false, ctx.Clock);
            ctx.Render.Write(LicencesHandler.Update(session, parse.GetValue(id), parse.GetValue(status), store));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Opens the workspace's licence and profile tables; refuses a missing workspace unless <paramref name="create"/>.</summary>
    internal static LicenceStore Open(FileInfo db, bool create, TimeProvider clock)
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
