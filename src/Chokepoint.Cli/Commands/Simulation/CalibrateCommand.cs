using System.CommandLine;
using System.Globalization;
using Chokepoint.Cli.Infrastructure;
using Chokepoint.Contracts;
using Chokepoint.Simulation.Calibration;

namespace Chokepoint.Cli.Commands.Simulation;

/// <summary>calibrate [--until DATE] [--write]: licence phases fitted to the observed flows up to a cut-off (docs/backtest.md).</summary>
internal static class CalibrateCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var until = new Option<string>("--until") { Description = "Cut-off: fit months ending on or before this date (YYYY-MM-DD); later months test the fit", DefaultValueFactory = _ => "2025-09-30" };
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
            var dataset = ctx.LoadDataset();
            if (dataset.Tables.ObservedFlows.Count == 0)
                throw CliException.InvalidData("the dataset has no observed flows; expected observed/flows.csv");
            var fits = Calibrator.Fit(dataset, cutoff);
            string? written = null;
            if (parse.GetValue(write))
            {
                var path = Path.Combine(folder!.FullName, "controls.yaml");
                var staged = path + ".tmp";
                File.WriteAllText(staged, RegistryFitWriter.Apply(File.ReadAllText(path), fits));
                File.Move(staged, path, overwrite: true);
                written = "controls.yaml";
                ctx.Err.WriteLine($"Wrote {fits.Count(f => f.Fit is not null)} fit(s) into {path}");
            }
            ctx.Render.Write(CalibrationJson.Build(cutoff, fits, written), Table(fits, cutoff));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static TableModel Table(IReadOnlyList<SeriesFit> fits, DateOnly cutoff)
    {
        var inv = CultureInfo.InvariantCulture;
        var table = new TableModel($"Licence phases fitted to observed flows up to {cutoff:yyyy-MM-dd}",
            "measure", "items", "to", "delay days", "phases (from: approval %)", "RMS residual", "months", "status");
        table.Numeric(3, 5, 6);
        foreach (var f in fits)
        {
            var phases = f.Fit is { } fit
                ? string.Join("; ", f.PhaseStarts.Select((s, k) => $"{s:yyyy-MM-dd}: {(fit.ApprovalRates[k] is { } a ? (100 * a).ToString("0", inv) : "-")}"))
                : "";
            table.Add(f.MeasureId, string.Join(", ", f.Items), f.Importer, f.Fit?.DelayDays.ToString(inv) ?? "-", phases,
                f.Fit?.RmsResidual.ToString("0.000", inv) ?? "-", (f.Fit?.MonthsUsed ?? 0).ToString(inv), f.Status);
        }
        table.Note("Index: month ÷ mean of the observed months in the 12 months before the measure. Model: 0 during the delay, then the phase's approval rate; least squares over the months from the measure to the cut-off.");
        table.Note("Measures and items without a fitted series keep the registry's hand-set phases (assumptions; see 'chokepoint controls show ID').");
        return table;
    }
}
