using System.CommandLine;
using Chokepoint.Application.Parts;
using Chokepoint.Cli.Infrastructure;

namespace Chokepoint.Cli.Commands;

/// <summary>changes: parse → ChangesHandler → render.</summary>
internal static class ChangesCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var since = new Option<string>("--since") { Description = "First date, YYYY-MM-DD (inclusive)", Required = true, HelpName = "DATE" };
        var until = new Option<string?>("--until") { Description = "Last date, YYYY-MM-DD (inclusive; default: today)", HelpName = "DATE" };
        var parts = new Option<FileInfo?>("--parts") { Description = "A parts list (.csv/.xlsx, as for 'screen'): also list the parts whose status changed", HelpName = "FILE" };
        var destination = new Option<string?>("--destination") { Description = "Destination of the parts (ISO3; needed with --parts)" };
        var map = new Option<string?>("--map") { Description = "Your headers for the parts fields, as for 'screen'", HelpName = "FIELD=HEADER,…" };
        var profile = ScreenCommand.ProfileOption();
        var db = EvidenceOptions.Db();
        var command = new Command("changes", "Measures announced, taking effect, suspended, lapsing or ending between two dates; with --parts, the parts whose status changed") { since, until, parts, destination, map, profile, db };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            var session = ctx.Session();
            var file = parse.GetValue(parts);
            if (file is not null) ScreenCommand.CheckParts(file);
            using var stream = file?.OpenRead();
            var store = parse.GetValue(db)!;
            var mapping = MappingProfiles.Resolve(session, parse.GetValue(map), parse.GetValue(profile), null, () => LicenceCommands.Open(store, create: false, ctx.Clock));
            var request = new ChangesRequest(parse.GetValue(since), parse.GetValue(until), parse.GetValue(destination), file?.Name, mapping);
            ctx.Render.Write(ChangesHandler.Handle(session, request, stream));
            return ExitCodes.Ok;
        });
        return command;
    }
}
