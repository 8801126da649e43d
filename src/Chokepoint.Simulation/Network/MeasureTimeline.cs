namespace Chokepoint.Simulation.Network;

/// <summary>
/// A restricting measure compiled against the scenario calendar: whether it is in force on each day,
/// how many consecutive days it had been in force before day 0, and its licence terms.
/// </summary>
/// <param name="Id">Measure id (registry id or ad-hoc id).</param>
/// <param name="InForce">In force on day t (t = 0 … horizon − 1).</param>
/// <param name="DaysInForceBeforeStart">Consecutive days in force just before day 0 (capped at 3,700), for licence delays that started earlier.</param>
/// <param name="IsLicence">True for a licence regime (passes ApprovalRate after LicenceDelayDays); false for a ban (passes nothing).</param>
/// <param name="ApprovalRate">Share of the restricted flow that passes once licences flow, 0–1.</param>
/// <param name="LicenceDelayDays">Days in force before licensed flow passes, ≥ 0.</param>
public sealed record MeasureTimeline(string Id, bool[] InForce, int DaysInForceBeforeStart, bool IsLicence, double ApprovalRate, int LicenceDelayDays)
{
    /// <summary>
    /// Approval rate of day t from the measure's licence phases (NaN: <see cref="ApprovalRate"/>; 0 during a phase's own
    /// delay); null when the measure has no phases toward the destinations of this timeline.
    /// </summary>
    public double[]? DailyApproval { get; init; }

    /// <summary>Share (0–1) of the flow the measure reaches on day t (scope clauses, reach share); null: the whole flow every day.</summary>
    public double[]? DailyReach { get; init; }

    /// <summary>
    /// Fills <paramref name="pass"/> (one value per day) with the share of a restricted flow that passes:
    /// 1 when not in force; 0 for a ban; 0 during the licence delay, then the approval rate of the day. Of a flow
    /// the measure reaches only in part, the rest passes: 1 − reach × (1 − pass).
    /// </summary>
    /// <param name="approvalOverride">Replaces the approval rate of a licence regime when not NaN (Monte Carlo); phase rates are scaled by override ÷ base rate.</param>
    /// <param name="delayOverride">Replaces the licence delay when ≥ 0 (Monte Carlo).</param>
    public void FillPass(Span<double> pass, double approvalOverride, int delayOverride) => FillPass(pass, approvalOverride, delayOverride, 0);

    /// <summary>
    /// As <see cref="FillPass(Span{double}, double, int)"/>, starting <paramref name="lookBackDays"/> before day 0 (pass[0] is day
    /// −lookBackDays): a day before the start is in force when it lies within the run of <see cref="DaysInForceBeforeStart"/>.
    /// Used for goods in transit, which left the border before the day they arrive.
    /// </summary>
    public void FillPass(Span<double> pass, double approvalOverride, int delayOverride, int lookBackDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lookBackDays);
        var approval = IsLicence ? (double.IsNaN(approvalOverride) ? ApprovalRate : approvalOverride) : 0.0;
        var scale = !double.IsNaN(approvalOverride) && ApprovalRate > 0 ? approvalOverride / ApprovalRate : 1.0;
        var delay = delayOverride >= 0 ? delayOverride : LicenceDelayDays;
        var run = Math.Max(0, DaysInForceBeforeStart - lookBackDays);
        for (var i = 0; i < pass.Length; i++)
        {
            var t = i - lookBackDays;
            var inForce = t >= 0 ? InForce[t] : -t <= DaysInForceBeforeStart;
            if (!inForce) { run = 0; pass[i] = 1.0; continue; }
            run = Math.Min(run + 1, 1_000_000);
            // Days before the start (transit look-back) take the phase and reach of day 0.
            var d = t < 0 ? 0 : t;
            var p = 0.0;
            if (IsLicence && run > delay)
            {
                p = approval;
                if (DailyApproval is { } daily && !double.IsNaN(daily[d])) p = Math.Min(1.0, daily[d] * scale);
            }
            pass[i] = DailyReach is { } reach ? 1 - (reach[d] * (1 - p)) : p;
        }
    }
}
