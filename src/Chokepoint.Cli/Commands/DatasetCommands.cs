using System.CommandLine;
using Chokepoint.Application.Handlers;
using Chokepoint.Application.Tables;
using Chokepoint.Application.Wording;
using Chokepoint.Cli.Infrastructure;
using Chokepoint.Contracts;
using Chokepoint.Data.Diagnostics;
using Chokepoint.Model;
using Chokepoint.Simulation.Scenarios;

namespace Chokepoint.Cli.Commands;

/// <summary>validate, items: look at the dataset itself.</summary>
internal static class DatasetCommands
{
    public static void Register(RootCommand root, Func<ParseResult, CliContext> context)
    {
        root.Subcommands.Add(Validate(context));
        root.Subcommands.Add(Items(context));
    }

    private static Command Validate(Func<ParseResult, CliContext> context)
    {
        var command = new Command("validate", "Check the dataset and its scenarios and report every problem as file:line:column (exit 2 on any error)");
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            var loaded = ctx.LoadRaw();
            // Scenarios are checked against the dataset, so only once the dataset itself reads cleanly.
            var result = loaded.Dataset is { } dataset ? loaded with { Diagnostics = [.. loaded.Diagnostics, .. ScenarioCatalog.Check(dataset)] } : loaded;
            var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
            var warnings = result.Diagnostics.Where(d => d.Severity == Severity.Warning).ToList();
            if (ctx.Format == OutputFormat.Table)
            {
                DiagnosticsPrinter.Print(ctx.Out, result.Diagnostics);
                ctx.Out.WriteLine(errors.Count == 0
                    ? $"Dataset is valid ({warnings.Count} warning(s))."
                    : $"{errors.Count} error(s), {warnings.Count} warning(s).");
            }
            else
            {
                ctx.Render.Write(new ValidationJson(errors.Select(Json).ToList(), warnings.Select(Json).ToList()), DiagnosticsTable.Of(result.Diagnostics));
            }
            return errors.Count == 0 ? ExitCodes.Ok : ExitCodes.InvalidData;
        });
        return command;
    }

    private static DiagnosticJson Json(Diagnostic d) => new(d.File, d.Line, d.Column, d.Message);

    private static Command Items(Func<ParseResult, CliContext> context)
    {
        var industry = new Option<string?>("--industry") { Description = "Only items of this industry (e.g. rare-earths, batteries)" };
        var kind = new Option<string?>("--kind") { Description = $"Only items of this kind ({string.Join(", ", Names.ItemKinds)})" };
        var item = new Argument<string?>("ITEM") { Description = "One item: what it is made from (its inputs in recipes.csv, each with its source)", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("items", "List the items of the dataset, or what one item is made from") { item, industry, kind };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            if (parse.GetValue(item) is { } one) ctx.Render.Write(ItemsHandler.Inputs(ctx.Session(), one));
            else ctx.Render.Write(ItemsHandler.Handle(ctx.Session(), parse.GetValue(industry), parse.GetValue(kind)));
            return ExitCodes.Ok;
        });
        return command;
    }
}
