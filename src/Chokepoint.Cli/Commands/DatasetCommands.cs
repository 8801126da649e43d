using System.CommandLine;
using Chokepoint.Cli.Infrastructure;
using Chokepoint.Contracts;
using Chokepoint.Data.Diagnostics;
using Chokepoint.Model;

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
        var command = new Command("validate", "Check the dataset and report every problem as file:line:column (exit 2 on any error)");
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            var result = ctx.LoadRaw();
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
                var table = new TableModel("Diagnostics", "severity", "file", "line", "column", "message");
                foreach (var d in result.Diagnostics)
                    table.Add(d.Severity == Severity.Error ? "error" : "warning", d.File, Format.Int(d.Line), Format.Int(d.Column), d.Message);
                ctx.Render.Write(new { errors = errors.Select(Json).ToList(), warnings = warnings.Select(Json).ToList() }, table);
            }
            return errors.Count == 0 ? ExitCodes.Ok : ExitCodes.InvalidData;
        });
        return command;
    }

    private static object Json(Diagnostic d) => new { file = d.File, line = d.Line, column = d.Column, message = d.Message };

    private static Command Items(Func<ParseResult, CliContext> context)
    {
        var industry = new Option<string?>("--industry") { Description = "Only items of this industry (e.g. rare-earths, batteries)" };
        var kind = new Option<string?>("--kind") { Description = $"Only items of this kind ({string.Join(", ", Names.ItemKinds)})" };
        var command = new Command("items", "List the items of the dataset") { industry, kind };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            var dataset = ctx.LoadDataset();
            var kindText = parse.GetValue(kind);
            ItemKind? kindFilter = null;
            if (kindText is not null)
                kindFilter = Names.ParseItemKind(kindText) ?? throw CliException.Usage($"--kind '{kindText}' is unknown; expected one of {string.Join(", ", Names.ItemKinds)}");
            var industryText = parse.GetValue(industry);
            if (industryText is not null && !dataset.Tables.Items.Any(i => i.Industry == industryText))
                throw CliException.Usage($"--industry '{industryText}' matches no item; industries are {string.Join(", ", dataset.Tables.Items.Select(i => i.Industry).Distinct().Order())}");
            var items = dataset.Tables.Items
                .Where(i => (industryText is null || i.Industry == industryText) && (kindFilter is null || i.Kind == kindFilter))
                .ToList();
            var table = new TableModel($"Items ({items.Count})", "id", "name", "kind", "unit", "industry", "hs codes");
            foreach (var i in items) table.Add(i.Id, i.Name, Names.Of(i.Kind), i.Unit, i.Industry, string.Join(";", i.HsCodes));
            ctx.Render.Write(items.Select(ItemJson.Of).ToList(), table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
