namespace Chokepoint.Model;

/// <summary>
/// A statutory time limit for a licence decision (licence_terms.csv), e.g. MOFCOM decides on a dual-use export
/// application within 45 working days of accepting it.
/// </summary>
/// <param name="Issuer">ISO3 of the licensing government.</param>
/// <param name="Regime">The licensing regime, e.g. dual-use.</param>
/// <param name="WorkingDays">Working days from acceptance to the decision, 1–365.</param>
/// <param name="Source">Source id (sources.csv).</param>
public sealed record LicenceTerm(string Issuer, string Regime, int WorkingDays, string Source)
{
    /// <summary>Where the row was read.</summary>
    public Origin Origin { get; init; } = Origin.Code;
}
