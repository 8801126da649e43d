using System.CommandLine;
using Chokepoint.Application.Handlers;
using Chokepoint.Cli.Infrastructure;
using Chokepoint.Reports;

namespace Chokepoint.Cli.Commands.Helps;

/// <summary>leverage --issuer C --target T: what each measure costs the target against what it costs the issuer.</summary>
internal static class LeverageCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var issuer = new Option<string>("--issuer") { Description = "Country issuing the controls (ISO3)", Required = true };
        var target = new Option<string>("--target") { Description = "Country the controls act on (ISO3)", Required = true };
        var asOf = new Option<string?>("--as-of") { Description = "Measures in force on this date, YYYY-MM-DD (default: today)", HelpName = "DATE" };
        var scenario = new Option<string?>("--scenario") { Description = "Measures of a scenario instead (file or built-in name), each as if in force", HelpName = "SCENARIO" };
        var plot = new Option<FileInfo?>("--plot") { Description = "Write the scatter plot (cost to the issuer vs damage to the target) to this PNG file", HelpName = "FILE" };
        var command = new Command("leverage", "Who holds the leverage: each measure's damage to the target (lost output value) against the issuer's forgone export revenue")
        {
            issuer, target, asOf, scenario, plot,
        };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            var answer = LeverageHandler.Handle(ctx.Session(), parse.GetValue(issuer), parse.GetValue(target), parse.GetValue(asOf), parse.GetValue(scenario), files: true);
            ctx.Render.Write(answer.Json, answer.Table);
            if (parse.GetValue(plot) is { } file)
            {
                try { OutputFile.Write(file.FullName, staging => HelpsPlots.Leverage(answer.Rows, answer.Issuer, answer.Target, staging)); }
                catch (OutputFolderException ex) { throw CliException.Usage(ex.Message); }
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
