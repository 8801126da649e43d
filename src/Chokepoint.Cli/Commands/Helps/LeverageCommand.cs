using System.CommandLine;
using System.Globalization;
using Chokepoint.Analysis.Controls;
using Chokepoint.Analysis.Leverage;
using Chokepoint.Cli.Commands.Simulation;
using Chokepoint.Cli.Infrastructure;
using Chokepoint.Contracts;
using Chokepoint.Model;
using Chokepoint.Reports;
using Chokepoint.Simulation.Mitigation;

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
            var dataset = ctx.LoadDataset();
            var i = AnalysisOptions.RequireCountry(dataset, parse.GetValue(issuer)!, "--issuer");
            var t = AnalysisOptions.RequireCountry(dataset, parse.GetValue(target)!, "--target");
            if (i == t) throw CliException.Usage($"--issuer and --target are both {i}; expected two different countries");
            var scenarioArg = parse.GetValue(scenario);
            if (scenarioArg is not null && parse.GetValue(asOf) is not null) throw CliException.Usage("--as-of and --scenario cannot be combined; expected one of them");
            IReadOnlyList<LeverageRow> rows;
            string basis;
            if (scenarioArg is not null)
            {
                var s = SimulateCommand.Load(ctx, dataset, scenarioArg);
                var measures = ScenarioMeasures.Of(dataset, s);
                rows = LeverageAnalysis.Of(dataset, i, t, measures);
                basis = $"measures of scenario '{s.Name}', each as if in force";
            }
            else
            {
                var date = AnalysisOptions.DateOr(parse.GetValue(asOf), "--as-of", ctx.Today);
                rows = LeverageAnalysis.AsOf(dataset, i, t, date);
                basis = $"measures of {i} in force on {Format.Date(date)}";
            }
            var table = Table(dataset, rows, i, t, basis);
            if (scenarioArg is null && ReviewNotice.Line(dataset, AnalysisOptions.DateOr(parse.GetValue(asOf), "--as-of", ctx.Today), i) is { } review)
                table.Note(review);
            ctx.Render.Write(Json(rows), table);
            if (parse.GetValue(plot) is { } file) HelpsPlots.Leverage(rows, i, t, file.FullName);
            return ExitCodes.Ok;
        });
        return command;
    }

    public static IReadOnlyList<LeverageJson> Json(IReadOnlyList<LeverageRow> rows) => LeverageJson.Of(rows);

    public static TableModel Table(Dataset dataset, IReadOnlyList<LeverageRow> rows, string issuer, string target, string basis)
    {
        var table = new TableModel($"Leverage of {issuer} over {target} ({basis}); computed, US$ a year",
            "measure", "item", "target loss $", "issuer forgone $", "forgone from", "share of issuer exports", "ratio");
        table.Numeric(2, 3, 5, 6);
        foreach (var r in LeverageNotes.Shown(rows))
            table.Add(r.Measure, r.Item, Usd(r.TargetLossUsd), Usd(r.IssuerForgoneUsd), r.ForgoneBasis,
                r.IssuerExportSharePct is { } s ? Format.Pct(s) : "-",
                r.Ratio is { } x ? (r.RatioIsUpperBound ? "≤ " : "") + x.ToString("#,0.0", CultureInfo.InvariantCulture) : "-");
        foreach (var note in LeverageNotes.Explanations(rows, issuer, target, "in --format json", "'chokepoint simulate'")) table.Note(note);
        foreach (var uv in LeverageNotes.UnitValuesCited(dataset, rows, target)) table.Note(LeverageNotes.UnitValueLine(dataset, uv));
        return table;
    }

    public static string Usd(double x) => x.ToString("#,0", CultureInfo.InvariantCulture);
}
