using System.CommandLine;
using System.Globalization;
using Chokepoint.Analysis.Controls;
using Chokepoint.Analysis.Leverage;
using Chokepoint.Cli.Commands.Simulation;
using Chokepoint.Cli.Infrastructure;
using Chokepoint.Model;
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
                var measures = s.MeasureIds.Select(id => dataset.Measures[id]).Concat(s.Controls);
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
            if (scenarioArg is null && ReviewNotice.Line(dataset, AnalysisOptions.DateOr(parse.GetValue(asOf), "--as-of", ctx.Today)) is { } review)
                table.Note(review);
            ctx.Render.Write(Json(rows), table);
            if (parse.GetValue(plot) is { } file) HelpsPlots.Leverage(rows, i, t, file.FullName);
            return ExitCodes.Ok;
        });
        return command;
    }

    public static List<object> Json(IReadOnlyList<LeverageRow> rows) => rows.Select(r => (object)new
    {
        measure = r.Measure, item = r.Item, target_loss_usd = Math.Round(r.TargetLossUsd), issuer_forgone_usd = Math.Round(r.IssuerForgoneUsd),
        issuer_export_share_pct = r.IssuerExportSharePct is { } s ? Math.Round(s, 2) : (double?)null,
        ratio = r.Ratio is { } x ? Math.Round(x, 3) : (double?)null, forgone_basis = r.ForgoneBasis, ratio_upper_bound = r.RatioIsUpperBound,
    }).ToList();

    public static TableModel Table(Dataset dataset, IReadOnlyList<LeverageRow> rows, string issuer, string target, string basis)
    {
        var table = new TableModel($"Leverage of {issuer} over {target} ({basis}); computed, US$ a year",
            "measure", "item", "target loss $", "issuer forgone $", "forgone from", "share of issuer exports", "ratio");
        table.Numeric(2, 3, 5, 6);
        var silent = rows.Count(r => r.TargetLossUsd <= 0 && r.IssuerForgoneUsd <= 0);
        foreach (var r in rows.Where(r => r.TargetLossUsd > 0 || r.IssuerForgoneUsd > 0))
            table.Add(r.Measure, r.Item, Usd(r.TargetLossUsd), Usd(r.IssuerForgoneUsd), r.ForgoneBasis,
                r.IssuerExportSharePct is { } s ? Format.Pct(s) : "-",
                r.Ratio is { } x ? (r.RatioIsUpperBound ? "≤ " : "") + x.ToString("#,0.0", CultureInfo.InvariantCulture) : "-");
        table.Note($"Target loss: {target}'s final demand (demand.csv) × unit value (unit_values.csv) × static output at risk when the item alone is restricted as the measure says.");
        table.Note($"Issuer forgone: {issuer}'s exports of the item to {target} (trade.csv, latest year) × the share the measure stops ('trade'); without trade rows, {target}'s embodied use × {issuer}'s supply share × unit value ('unit_value').");
        if (silent > 0) table.Note($"{silent} measure-item pair(s) with no modelled effect on either side are left out (in --format json they are listed).");
        table.Note("The target loss is the static bound: no stocks, no new capacity, only the recipes' alternatives; the stress test ('chokepoint simulate') gives the time path.");
        table.Note("Ratio: dollars of damage to the target per dollar of exports the issuer gives up; ranked by it.");
        if (rows.Any(r => r.TargetLossUsd > 0 && r.IssuerForgoneUsd <= 0 && r.ForgoneBasis == "trade"))
            table.Note($"'-' with forgone 0 from 'trade': the measure stops none of {issuer}'s direct exports to {target} (a re-export or foreign-content clause, or a product {issuer} does not sell it); {issuer}'s lost sales to third countries are not counted.");
        if (rows.Any(r => r.RatioIsUpperBound))
            table.Note($"≤: an upper bound, ranked last. The forgone revenue ('unit_value') counts only the item inside the products of {target}'s demand in the dataset; {issuer}'s real exports of it serve other uses too, so the true ratio is lower.");
        foreach (var p in rows.SelectMany(r => r.ProductsWithoutValue).Distinct(StringComparer.Ordinal))
            table.Note($"{p} is at risk but has no unit value: its loss is not counted.");
        foreach (var v in rows.Select(r => r.Item).Concat(dataset.Tables.Demand.Where(d => d.Country == target).Select(d => d.Product)).Distinct(StringComparer.Ordinal))
            if (dataset.Tables.UnitValues.LastOrDefault(u => u.Item == v) is { } uv)
                table.Note($"Unit value {v}: ${uv.UsdPerUnit.ToString("#,0.##", CultureInfo.InvariantCulture)} per {dataset.Items[v].Unit} ({uv.Year}) per {uv.Source}{(uv.Note.Length > 0 ? " — " + uv.Note : "")}");
        return table;
    }

    public static string Usd(double x) => x.ToString("#,0", CultureInfo.InvariantCulture);
}
