using System.CommandLine;
using Chokepoint.Analysis.Macro;
using Chokepoint.Cli.Infrastructure;
using Chokepoint.Data.Mrio;
using Chokepoint.Model.Macro;
using Chokepoint.Reports;

namespace Chokepoint.Cli.Commands.Macro;

/// <summary>mrio calc DIR --out OUT: an MRIO's x, A, L and extension accounts in pymrio's text layout.</summary>
internal static class MrioCommands
{
    public static void Register(RootCommand root, Func<ParseResult, CliContext> context)
    {
        var mrio = new Command("mrio", "Multi-regional input–output tables (pymrio's text layout): Leontief, accounts");
        mrio.Subcommands.Add(Calc(context));
        mrio.Subcommands.Add(MrioBenchCommand.Create(context));
        root.Subcommands.Add(mrio);
    }

    private static Command Calc(Func<ParseResult, CliContext> context)
    {
        var dir = new Argument<string>("DIR") { Description = "MRIO folder in pymrio's text layout (saved by pymrio, or pymrio's raw test-MRIO files)" };
        var output = new Option<string>("--out") { Description = "Folder to write x, Z, Y, A, L and per extension F, S, M, D_cba/D_pba/D_imp/D_exp (+ _reg, _cap) into", HelpName = "OUT", Required = true };
        var command = new Command("calc", "Compute x, A, L = (I − A)⁻¹ and every extension's S, M and D accounts, written at full precision in pymrio's layout") { dir, output };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            var system = Load(parse.GetValue(dir)!);
            var accounts = Compute(system);
            var tables = MrioOutput.Tables(accounts);
            string written;
            try { written = OutputFolder.Write(parse.GetValue(output)!, [".txt", ".json"], staging => MrioFolderWriter.Write(staging, tables), ownSubfolders: true); }
            catch (OutputFolderException ex) { throw CliException.Usage(ex.Message); }
            var summary = new TableModel($"MRIO computed: {written}", "what", "value").Numeric(1);
            summary.Add("regions", system.Regions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Add("sectors per region", system.Sectors.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Add("extensions", string.Join(", ", system.Extensions.Select(e => e.Name)))
                .Add("tables written", tables.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            summary.Note("Numbers are written in round-trip form (shortest text that reads back to the same double), not pymrio's default %.12g.");
            ctx.Render.Write(new
            {
                out_dir = written,
                regions = system.Regions,
                sectors = system.Sectors,
                extensions = system.Extensions.Select(e => e.Name),
                tables = tables.Select(t => (t.Folder.Length > 0 ? t.Folder + "/" : "") + t.Name + ".txt"),
            }, summary);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Reads an MRIO folder; a malformed folder is invalid data (exit 2).</summary>
    internal static MrioSystem Load(string folder)
    {
        try { return MrioFolderReader.Read(folder); }
        catch (MrioFormatException ex) { throw CliException.InvalidData(ex.Message); }
    }

    /// <summary>Computes the accounts; a singular system is a failed computation (exit 3).</summary>
    internal static MrioAccounts Compute(MrioSystem system)
    {
        try { return MrioCalculator.Calculate(system); }
        catch (MrioComputationException ex) { throw new CliException(ExitCodes.ComputationFailed, ex.Message); }
    }
}
