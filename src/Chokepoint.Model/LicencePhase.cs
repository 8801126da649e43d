namespace Chokepoint.Model;

/// <summary>
/// A phase of a licence regime (issue 9 §2: "tweak, tighten, loosen, all countries or one"): from a date, toward
/// some destinations or all, licences pass a share of the flow after a delay. The latest phase that has begun and
/// names the destination wins; on the same date a phase naming the destination beats one for every destination.
/// A phase may also name end-use classes (issue 17 §2: civil, military, listed-entity, general-licence); then it
/// applies to those buyers alone, and on its date it beats a phase that names only the destination.
/// </summary>
public sealed record LicencePhase
{
    /// <summary>First day of the phase (inclusive).</summary>
    public required DateOnly From { get; init; }
    /// <summary>ISO3 destinations the phase applies to, or ["*"].</summary>
    public IReadOnlyList<string> Destinations { get; init; } = [Names.Everyone];
    /// <summary>Item ids of the measure the phase applies to; empty: every item of the measure (issue 17 §5: phases per item).</summary>
    public IReadOnlyList<string> Items { get; init; } = [];
    /// <summary>End-use classes the phase applies to (<see cref="Names.EndUses"/>), or ["*"] (the default).</summary>
    public IReadOnlyList<string> EndUses { get; init; } = [Names.Everyone];
    /// <summary>Share of the restricted flow that passes during the phase, 0–1; null keeps the measure's.</summary>
    public double? ApprovalRate { get; init; }
    /// <summary>Days from the phase start before licensed flow passes; null keeps the measure's delay (counted from its start).</summary>
    public int? LicenceDelayDays { get; init; }
    /// <summary>How far the phase's figures can be trusted.</summary>
    public Confidence Confidence { get; init; } = Confidence.Low;
    /// <summary>Source ids.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];
    /// <summary>How the phase was derived.</summary>
    public string Notes { get; init; } = "";
    /// <summary>Cut-off of the observed series the phase was fitted on (<c>chokepoint calibrate</c>); null for a hand-set phase.</summary>
    public DateOnly? FittedUntil { get; init; }
    /// <summary>Where the phase was read.</summary>
    public Origin Origin { get; init; } = Origin.Code;

    /// <summary>True when the phase applies toward <paramref name="iso3"/>.</summary>
    public bool Covers(string iso3) => Destinations.Contains(Names.Everyone) || Destinations.Contains(iso3);

    /// <summary>True when the phase applies to <paramref name="item"/> (null: any item).</summary>
    public bool CoversItem(string? item) => item is null || Items.Count == 0 || Items.Contains(item);

    /// <summary>True when the phase names <paramref name="iso3"/> itself (not through "*").</summary>
    public bool NamesDestination(string iso3) => Destinations.Contains(iso3);

    /// <summary>True when the phase applies to buyers of end-use class <paramref name="endUse"/>.</summary>
    public bool CoversEndUse(string endUse) => Names.CoversEndUse(EndUses, endUse);

    /// <summary>True when the phase names <paramref name="endUse"/> itself (not through "*").</summary>
    public bool NamesEndUse(string endUse) => EndUses.Contains(endUse);

    /// <summary>How specific the phase is toward a flow: naming the end use counts more than naming the destination.</summary>
    public int Specificity(string iso3, string endUse) => (NamesEndUse(endUse) ? 2 : 0) + (NamesDestination(iso3) ? 1 : 0);
}
