using System.CommandLine;
using Chokepoint.Application.Report;
using Chokepoint.Application.Wording;
using Chokepoint.Cli.Infrastructure;
using Chokepoint.Reports;

namespace Chokepoint.Cli.Commands;

/// <summary>report: the main job — the composed report printed and written as an HTML report with plots.</summary>
internal static class ReportCommand
{
    public static void Register(RootCommand root, Func<ParseResult, CliContext> context)
    {
        var outDir = new Option<DirectoryInfo>("--out")
        {
            Description = "Folder for index.html and plots",
            HelpName = "DIR",
            DefaultValueFactory = _ => new DirectoryInfo("chokepoint-report"),
        };
        var asOf = new Option<string?>("--as-of") { Description = "Date of 'now' (default: today)", HelpName = "DATE" };
        var command = new Command("report", "The headline analyses on the dataset: chokepoints China->USA/EU, China's shares, the control timeline, product exposure now and on 2025-10-10; writes an HTML report with plots")
            { outDir, asOf };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            OutputGuard.Folder(parse.GetValue(outDir)!.FullName, ReportWriter.Extensions, "--out");
            var session = ctx.Session();
            var report = ReportHandler.Build(session, parse.GetValue(asOf), new ReportOptions(Threads: Environment.ProcessorCount));
            var dir = parse.GetValue(outDir)!;
            string index;
            try
            {
                index = ReportWriter.Write(dir.FullName, "Chokepoint report",
                    $"Exposure of supply chains to export controls, as of {Format.Date(report.Headline.Today)}. Dataset: {ctx.Choice.Describe()}.",
                    ComposedSections.Build(report, session.Dataset), staging => ComposedSections.Draw(report, session.Dataset, staging));
            }
            catch (OutputFolderException ex)
            {
                throw CliException.Usage($"--out: {ex.Message}");
            }
            var tables = report.Tables;
            tables[^1].Note($"Report written to {index}");
            ctx.Render.Write(report.Json(index), [.. tables]);
            return ExitCodes.Ok;
        });
        root.Subcommands.Add(command);
    }
}
