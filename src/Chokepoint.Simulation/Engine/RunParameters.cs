namespace Chokepoint.Simulation.Engine;

/// <summary>Parameters of one run; the defaults reproduce the scenario as written.</summary>
/// <param name="ApprovalRate">Approval rate of every licence regime, 0–1; NaN keeps each measure's own.</param>
/// <param name="LicenceDelayDays">Licence delay of every licence regime in days; negative keeps each measure's own.</param>
/// <param name="StockDaysFactor">Factor on every stock cover, ≥ 0.</param>
/// <param name="ExpansionDaysFactor">Factor on every expansion time, ≥ 0.</param>
public readonly record struct RunParameters(double ApprovalRate, int LicenceDelayDays, double StockDaysFactor, double ExpansionDaysFactor)
{
    /// <summary>The scenario as written: no overrides, factors 1.</summary>
    public static RunParameters AsWritten { get; } = new(double.NaN, -1, 1.0, 1.0);

    /// <summary>Throws when a value is NaN/∞ (other than the NaN "keep" marker) or out of range.</summary>
    public void Validate()
    {
        if (!double.IsNaN(ApprovalRate) && ApprovalRate is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(ApprovalRate), ApprovalRate, "expected 0–1 or NaN");
        if (!double.IsFinite(StockDaysFactor) || StockDaysFactor < 0) throw new ArgumentOutOfRangeException(nameof(StockDaysFactor), StockDaysFactor, "expected a finite value ≥ 0");
        if (!double.IsFinite(ExpansionDaysFactor) || ExpansionDaysFactor < 0) throw new ArgumentOutOfRangeException(nameof(ExpansionDaysFactor), ExpansionDaysFactor, "expected a finite value ≥ 0");
    }
}
