using MathNet.Numerics.LinearAlgebra;

namespace Chokepoint.Simulation.Calibration;

/// <summary>
/// Fits a licence regime's delay and per-phase approval rates to a monthly flow index by least squares. The border model:
/// on day t the flow passes 1 before the measure, 0 during the first <c>delay</c> days in force, then the approval rate of
/// the phase of the day; a month's modelled index is the mean of its days. Given the delay the index is linear in the
/// approval rates, so each candidate delay (0 … <see cref="MaxDelayDays"/>) is solved as a box-bounded linear least-squares
/// problem (MathNet QR for the free solution, then projected coordinate descent onto [0, 1]); the delay with the smallest
/// residual wins (a profile least squares). Pure and thread-safe.
/// </summary>
public static class PhaseFitter
{
    /// <summary>Largest delay tried, in days.</summary>
    public const int MaxDelayDays = 120;

    /// <summary>Fits <paramref name="months"/> (first day of month → observed index, months from the effective month on, up to the cut-off).</summary>
    /// <param name="effective">First day the measure is in force.</param>
    /// <param name="phaseStarts">Start of each phase, ascending; the first must be <paramref name="effective"/>.</param>
    /// <returns>The fit; a phase with no day after the delay inside the months used has a null rate (not identified).</returns>
    public static PhaseFitResult Fit(IReadOnlyList<(DateOnly Month, double Index)> months, DateOnly effective, IReadOnlyList<DateOnly> phaseStarts)
    {
        ArgumentNullException.ThrowIfNull(months);
        ArgumentNullException.ThrowIfNull(phaseStarts);
        if (months.Count == 0) throw new ArgumentException("no months to fit", nameof(months));
        if (phaseStarts.Count == 0 || phaseStarts[0] != effective) throw new ArgumentException("the first phase must start on the effective date", nameof(phaseStarts));
        foreach (var (_, index) in months)
            if (!double.IsFinite(index) || index < 0) throw new ArgumentOutOfRangeException(nameof(months), index, "an index must be finite and ≥ 0");
        PhaseFitResult? best = null;
        for (var delay = 0; delay <= MaxDelayDays; delay++)
        {
            var fit = FitGivenDelay(months, effective, phaseStarts, delay);
            if (best is null || fit.RmsResidual < best.RmsResidual - 1e-12) best = fit;
        }
        return best!;
    }

    /// <summary>The least-squares approval rates for a fixed <paramref name="delay"/>.</summary>
    public static PhaseFitResult FitGivenDelay(IReadOnlyList<(DateOnly Month, double Index)> months, DateOnly effective, IReadOnlyList<DateOnly> phaseStarts, int delay)
    {
        ArgumentNullException.ThrowIfNull(months);
        ArgumentNullException.ThrowIfNull(phaseStarts);
        var k = phaseStarts.Count;
        var w = new double[months.Count, k];
        var u = new double[months.Count];
        for (var m = 0; m < months.Count; m++)
        {
            var first = months[m].Month;
            var days = first.AddMonths(1).DayNumber - first.DayNumber;
            for (var d = 0; d < days; d++)
            {
                var phase = PhaseOf(first.AddDays(d), effective, phaseStarts, delay);
                if (phase == Before) u[m] += 1.0 / days;
                else if (phase >= 0) w[m, phase] += 1.0 / days;
            }
        }
        var identified = Enumerable.Range(0, k).Where(j => Enumerable.Range(0, months.Count).Any(m => w[m, j] > 0)).ToArray();
        var rates = new double?[k];
        var a = new double[identified.Length];
        if (identified.Length > 0)
        {
            var matrix = Matrix<double>.Build.Dense(months.Count, identified.Length, (m, j) => w[m, identified[j]]);
            var rhs = Vector<double>.Build.Dense(months.Count, m => months[m].Index - u[m]);
            var free = months.Count >= identified.Length ? matrix.QR().Solve(rhs) : matrix.Svd().Solve(rhs);
            for (var j = 0; j < a.Length; j++) a[j] = Math.Clamp(double.IsFinite(free[j]) ? free[j] : 0.5, 0, 1);
            BoxDescent(matrix, rhs, a);
            for (var j = 0; j < a.Length; j++) rates[identified[j]] = a[j];
        }
        var sum = 0.0;
        for (var m = 0; m < months.Count; m++)
        {
            var modelled = u[m];
            for (var j = 0; j < identified.Length; j++) modelled += w[m, identified[j]] * a[j];
            sum += (months[m].Index - modelled) * (months[m].Index - modelled);
        }
        return new PhaseFitResult(delay, rates, Math.Sqrt(sum / months.Count), months.Count);
    }

    /// <summary>The border model's index of <paramref name="month"/> under a delay and phase rates (a null rate passes nothing).</summary>
    public static double ModelledIndex(DateOnly month, DateOnly effective, IReadOnlyList<DateOnly> phaseStarts, int delay, IReadOnlyList<double?> rates)
    {
        ArgumentNullException.ThrowIfNull(phaseStarts);
        ArgumentNullException.ThrowIfNull(rates);
        var days = month.AddMonths(1).DayNumber - month.DayNumber;
        var sum = 0.0;
        for (var d = 0; d < days; d++)
        {
            var phase = PhaseOf(month.AddDays(d), effective, phaseStarts, delay);
            sum += phase == Before ? 1 : phase >= 0 ? rates[phase] ?? 0 : 0;
        }
        return sum / days;
    }

    private const int Before = -2;
    private const int InDelay = -1;

    // The phase a day falls in: Before the measure, InDelay, or the index of the latest phase begun.
    private static int PhaseOf(DateOnly day, DateOnly effective, IReadOnlyList<DateOnly> phaseStarts, int delay)
    {
        if (day < effective) return Before;
        if (day < effective.AddDays(delay)) return InDelay;
        var phase = phaseStarts.Count - 1;
        while (phase > 0 && phaseStarts[phase] > day) phase--;
        return phase;
    }

    // Projected coordinate descent for min ‖Xa − y‖² with 0 ≤ a ≤ 1 (convex; a few hundred sweeps converge on these sizes).
    private static void BoxDescent(Matrix<double> x, Vector<double> y, double[] a)
    {
        for (var sweep = 0; sweep < 500; sweep++)
        {
            var moved = 0.0;
            for (var j = 0; j < a.Length; j++)
            {
                var col = x.Column(j);
                var norm = col.DotProduct(col);
                if (norm <= 0) continue;
                var residual = y.Clone();
                for (var i = 0; i < a.Length; i++) residual -= x.Column(i) * a[i];
                var step = col.DotProduct(residual) / norm;
                var next = Math.Clamp(a[j] + step, 0, 1);
                moved = Math.Max(moved, Math.Abs(next - a[j]));
                a[j] = next;
            }
            if (moved < 1e-10) return;
        }
    }
}
