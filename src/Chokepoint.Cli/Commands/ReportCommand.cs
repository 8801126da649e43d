using System.CommandLine;
using Chokepoint.Cli.Infrastructure;
using Chokepoint.Reports;

namespace Chokepoint.Cli.Commands;

/// <summary>report: the main job — headline analyses printed and written as an HTML report with plots.</summary>
internal static class ReportCommand
{
    /// <summary>Extra sections contributed by other command groups (e.g. the stress test), given the dataset and today.</summary>
    public static readonly List<Func<CliContext, Model.Dataset, ReportContribution?>> Contributions = [];

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
            var dataset = ctx.LoadDataset();
            var today = AnalysisOptions.DateOr(parse.GetValue(asOf), "--as-of", ctx.Today);
            var report = HeadlineReport.Build(dataset, today);
            var sections = HeadlineSections.Build(report, dataset).ToList();
            var contributions = Contributions.Select(c => c(ctx, dataset)).OfType<ReportContribution>().ToList();
            sections.AddRange(contributions.SelectMany(c => c.Sections));
            sections.Add(HeadlineSections.Sources(report, dataset));
            var dir = parse.GetValue(outDir)!;
            string index;
            try
            {
                index = ReportWriter.Write(dir.FullName, "Chokepoint report", $"Exposure of supply chains to export controls, as of {Format.Date(today)}. Dataset: {(parse.GetValue(GlobalOptions.Data)?.FullName ?? "embedded default")}{(parse.GetValue(GlobalOptions.With) is { } w ? " with " + w.FullName : "")}.",
                    sections, staging =>
                    {
                        HeadlineSections.Draw(report, dataset, staging);
                        foreach (var c in contributions) c.Draw(staging);
                    });
            }
            catch (OutputFolderException ex)
            {
                throw CliException.Usage($"--out: {ex.Message}");
            }
            ReportSummary.Print(ctx, report, contributions, index);
            return ExitCodes.Ok;
        });
        root.Subcommands.Add(command);
    }
}

/// <summary>Sections and plots another capability adds to the report, plus its terminal tables.</summary>
internal sealed record ReportContribution(IReadOnlyList<ReportSection> Sections, Action<string> Draw, IReadOnlyList<TableModel> Tables, object Json);
