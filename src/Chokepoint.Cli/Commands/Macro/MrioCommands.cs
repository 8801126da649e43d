using System.CommandLine;
using Chokepoint.Analysis.Macro;
using Chokepoint.Application.Handlers;
using Chokepoint.Cli.Infrastructure;
using Chokepoint.Data.Mrio;
using Chokepoint.Reports;

namespace Chokepoint.Cli.Commands.Macro;

/// <summary>mrio calc DIR --out OUT and mrio bench: parse → MrioHandler → write (staged) → render.</summary>
internal static class MrioCommands
{
    private static readonly IReadOnlyCollection<string> MrioExtensions = [".txt", ".json"];

    public static void Register(RootCommand root, Func<ParseResult, CliContext> context)
    {
        var mrio = new Command("mrio", "Multi-regional input–output tables (pymrio's text layout): Leontief, accounts");
        mrio.Subcommands.Add(Calc(context));
        mrio.Subcommands.Add(MrioBenchCommand.Create(context));
        root.Subcommands.Add(mrio);
        root.Subcommands.Add(MacroCommand.Create(context));
    }

    private static Command Calc(Func<ParseResult, CliContext> context)
    {
        var dir = new Argument<string>("DIR") { Description = "MRIO folder in pymrio's text layout (saved by pymrio, or pymrio's raw test-MRIO files)" };
        var output = new Option<string>("--out") { Description = "Folder to write x, Z, Y, A, L and per extension F, S, M, D_cba/D_pba/D_imp/D_exp (+ _reg, _cap) into", HelpName = "OUT", Required = true };
        var command = new Command("calc", "Compute x, A, L = (I − A)⁻¹ and every extension's S, M and D accounts, written at full precision in pymrio's layout") { dir, output };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            OutputGuard.Folder(parse.GetValue(output), MrioExtensions, "--out", ownSubfolders: true);
            try
            {
                var (system, tables) = MrioHandler.Calc(parse.GetValue(dir)!, "DIR");
                var written = OutputFolder.Write(parse.GetValue(output)!, MrioExtensions, staging => MrioFolderWriter.Write(staging, tables), ownSubfolders: true);
                ctx.Render.Write(MrioHandler.Written(system, tables, written));
            }
            catch (OutputFolderException ex) { throw CliException.Usage($"--out: {ex.Message}"); }
            catch (MrioComputationException ex) { throw new CliException(ExitCodes.ComputationFailed, ex.Message); }
            return ExitCodes.Ok;
        });
        return command;
    }
}
