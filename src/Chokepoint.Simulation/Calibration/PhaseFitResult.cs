namespace Chokepoint.Simulation.Calibration;

/// <summary>A least-squares fit of a licence regime to a monthly flow index (see <see cref="PhaseFitter"/>).</summary>
/// <param name="DelayDays">Days in force before licensed flow passes, 0 … <see cref="PhaseFitter.MaxDelayDays"/>.</param>
/// <param name="ApprovalRates">One rate per phase, 0–1; null where no month used lies in the phase after the delay.</param>
/// <param name="RmsResidual">Root mean square of observed − modelled index over the months used.</param>
/// <param name="MonthsUsed">Months the fit used.</param>
public sealed record PhaseFitResult(int DelayDays, IReadOnlyList<double?> ApprovalRates, double RmsResidual, int MonthsUsed);
