using System.CommandLine;
using Chokepoint.Cli.Commands.Simulation;
using Chokepoint.Application.Tables;
using Chokepoint.Application.Wording;
using Chokepoint.Cli.Infrastructure;
using Chokepoint.Contracts;
using Chokepoint.Data.Diagnostics;
using Chokepoint.Simulation.Scenarios;

namespace Chokepoint.Cli.Commands;

/// <summary>scenarios, simulate, bench: the stress-test engine.</summary>
internal static class SimulationCommands
{
    public static void Register(RootCommand root, Func<ParseResult, CliContext> context)
    {
        root.Subcommands.Add(Scenarios(context));
        root.Subcommands.Add(SimulateCommand.Create(context));
        root.Subcommands.Add(BacktestCommand.Create(context));
        root.Subcommands.Add(CalibrateCommand.Create(context));
        root.Subcommands.Add(BenchCommand.Create(context));
    }

    private static Command Scenarios(Func<ParseResult, CliContext> context)
    {
        var command = new Command("scenarios", "List the built-in stress-test scenarios (run one with 'chokepoint simulate NAME')");
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            var dataset = ctx.LoadDataset();
            var diagnostics = new DiagnosticBag();
            var rows = new List<ScenarioJson>();
            var table = new Table("Built-in scenarios", "name", "title", "start", "horizon days", "measures", "description");
            table.Numeric(3, 4);
            foreach (var s in ScenarioCatalog.BuiltIns(dataset))
            {
                var scenario = ScenarioCatalog.Parse(dataset, s, diagnostics);
                if (scenario is null) continue;
                var measures = scenario.MeasureIds.Count + scenario.Controls.Count;
                table.Add(s.Name, scenario.Name, Format.Date(scenario.Start), Format.Int(scenario.HorizonDays), Format.Int(measures), FirstSentence(scenario.Description));
                rows.Add(ScenarioJson.Of(s.Name, scenario));
            }
            if (diagnostics.HasErrors)
            {
                DiagnosticsPrinter.Print(ctx.Err, diagnostics.Items);
                throw CliException.InvalidData("a built-in scenario has errors");
            }
            ctx.Render.Write(rows, table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string FirstSentence(string text)
    {
        var flat = string.Join(' ', text.Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        // A sentence ends at ". " followed by a capital, not after an abbreviation ("Announcement No. 18", "U.S. curbs").
        for (var dot = flat.IndexOf(". ", StringComparison.Ordinal); dot > 0; dot = flat.IndexOf(". ", dot + 2, StringComparison.Ordinal))
        {
            var word = flat[(flat.LastIndexOf(' ', dot - 1) + 1)..dot];
            var next = dot + 2 < flat.Length ? flat[dot + 2] : ' ';
            if (char.IsUpper(next) && word.Length > 3 && !word.Contains('.', StringComparison.Ordinal)) return flat[..(dot + 1)];
        }
        return flat;
    }
}
