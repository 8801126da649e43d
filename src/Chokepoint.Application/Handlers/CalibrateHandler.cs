using System.Globalization;
using Chokepoint.Application.Inputs;
using Chokepoint.Application.Tables;
using Chokepoint.Contracts;
using Chokepoint.Simulation.Calibration;

namespace Chokepoint.Application.Handlers;

/// <summary>calibrate: licence phases fitted to the observed flows up to a cut-off (issue 18 §2), and their write into a registry file.</summary>
public static class CalibrateHandler
{
    /// <summary>Fits every observed series of the session's dataset up to <paramref name="until"/>; <paramref name="written"/> names the file written, if any.</summary>
    public static CalibrateAnswer Run(Session s, DateOnly until, string? written = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (s.Dataset.Tables.ObservedFlows.Count == 0)
            throw new RequestException("", "the dataset has no observed flows; expected observed/flows.csv", ErrorKind.InvalidData);
        var fits = Calibrator.Fit(s.Dataset, until);
        return new CalibrateAnswer(fits, CalibrationJson.Build(until, fits, written), Table(fits, until));
    }

    /// <summary>Writes the fits into the registry file <paramref name="controlsYaml"/>: staged beside it, then renamed into place.</summary>
    public static void Write(string controlsYaml, IReadOnlyList<SeriesFit> fits)
    {
        ArgumentNullException.ThrowIfNull(controlsYaml);
        ArgumentNullException.ThrowIfNull(fits);
        var text = RegistryFitWriter.Apply(File.ReadAllText(controlsYaml), fits);
        var staged = controlsYaml + ".tmp";
        File.WriteAllText(staged, text);
        File.Move(staged, controlsYaml, overwrite: true);
    }

    /// <summary>The table of fits as every surface shows it.</summary>
    public static Table Table(IReadOnlyList<SeriesFit> fits, DateOnly until)
    {
        ArgumentNullException.ThrowIfNull(fits);
        var inv = CultureInfo.InvariantCulture;
        var table = new Table($"Licence phases fitted to observed flows up to {until:yyyy-MM-dd}",
            "measure", "items", "to", "delay days", "phases (from: approval %)", "RMS residual", "months", "status").Numeric(3, 5, 6);
        foreach (var f in fits)
        {
            var phases = f.Fit is { } fit
                ? string.Join("; ", f.PhaseStarts.Select((d, k) => $"{d:yyyy-MM-dd}: {(fit.ApprovalRates[k] is { } a ? (100 * a).ToString("0", inv) : "-")}"))
                : "";
            table.Add(f.MeasureId, string.Join(", ", f.Items), f.Importer, f.Fit?.DelayDays.ToString(inv) ?? "-", phases,
                f.Fit?.RmsResidual.ToString("0.000", inv) ?? "-", (f.Fit?.MonthsUsed ?? 0).ToString(inv), f.Status);
        }
        table.Note("Index: month ÷ mean of the observed months in the 12 months before the measure. Model: 0 during the delay, then the phase's approval rate; least squares over the months from the measure to the cut-off.");
        table.Note("Measures and items without a fitted series keep the registry's hand-set phases (assumptions; see 'controls show ID').");
        return table.WhenEmpty("no observed series has a licence regime on it.");
    }
}
