using System.CommandLine;
using Chokepoint.Analysis.Leverage;
using Chokepoint.Application.Charts;
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
        var basis = new Option<string?>("--basis") { Description = "What both sides are measured in: value-added (default), gross-output or trade-value (the target's output against the issuer's export value)", HelpName = "BASIS" };
        basis.AcceptOnlyFromAmong([.. LeverageBasis.All]);
        var plot = new Option<FileInfo?>("--plot") { Description = "Write the scatter plot (the issuer's net loss vs the target's loss, on the table's basis) to this file: .svg for SVG, else PNG", HelpName = "FILE" };
        var command = new Command("leverage", "Who holds the leverage: each measure's damage to the target against the issuer's own loss, both in value added (or --basis)")
        {
            issuer, target, asOf, scenario, basis, plot,
        };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            OutputGuard.File(parse.GetValue(plot), "--plot");
            var answer = LeverageHandler.Handle(ctx.Session(), parse.GetValue(issuer), parse.GetValue(target), parse.GetValue(asOf), parse.GetValue(scenario), files: true, basis: parse.GetValue(basis));
            ctx.Render.Write(answer.Json, answer.Table);
            if (parse.GetValue(plot) is { } file)
            {
                try { OutputFile.Write(file.FullName, staging => ChartFigures.Write(LeverageChart.Of(answer), staging, svg: file.Name.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))); }
                catch (OutputFolderException ex) { throw CliException.Usage($"--plot: {ex.Message}"); }
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
