using System.CommandLine;
using System.Globalization;
using Chokepoint.Application.Handlers;
using Chokepoint.Cli.Infrastructure;

namespace Chokepoint.Cli.Commands.Simulation;

/// <summary>calibrate [--until DATE] [--write]: licence phases fitted to the observed flows up to a cut-off (docs/backtest.md).</summary>
internal static class CalibrateCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var until = new Option<string>("--until") { Description = "Cut-off: fit months ending on or before this date (YYYY-MM-DD); later months test the fit", HelpName = "DATE", DefaultValueFactory = _ => "2025-09-30" };
        var write = new Option<bool>("--write") { Description = "Write the fitted phases into controls.yaml of the --data folder (staged, then renamed into place)" };
        var command = new Command("calibrate", "Fit licence approval rates and delays to the observed flows (observed/flows.csv) by least squares") { until, write };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            var text = parse.GetValue(until)!;
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var cutoff))
                throw CliException.Usage($"--until '{text}' is not a date; expected YYYY-MM-DD");
            var folder = parse.GetValue(GlobalOptions.Data);
            if (parse.GetValue(write) && folder is null)
                throw CliException.Usage("--write needs --data DIR: the fitted phases are written into DIR/controls.yaml");
            var session = ctx.Session();
            var answer = CalibrateHandler.Run(session, cutoff, parse.GetValue(write) ? "controls.yaml" : null);
            if (parse.GetValue(write))
            {
                var path = Path.Combine(folder!.FullName, "controls.yaml");
                CalibrateHandler.Write(path, answer.Fits);
                ctx.Err.WriteLine($"Wrote {answer.Fits.Count(f => f.Fit is not null)} fit(s) into {path}");
            }
            ctx.Render.Write(answer.Json, answer.Table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
