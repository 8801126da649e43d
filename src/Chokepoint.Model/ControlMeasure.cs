namespace Chokepoint.Model;

/// <summary>An export-control measure of the registry (controls.yaml) or of a scenario.</summary>
/// <remarks>
/// Dates are inclusive starts: a measure is in force from <see cref="Effective"/>; a suspension window
/// runs from <see cref="SuspendedFrom"/> (inclusive) to <see cref="SuspendedUntil"/> (exclusive);
/// <see cref="Ended"/> is the first day the measure no longer applies.
/// </remarks>
public sealed record ControlMeasure
{
    /// <summary>Registry id, e.g. CHN-MOFCOM-2025-18.</summary>
    public required string Id { get; init; }
    /// <summary>ISO3 of the issuing country.</summary>
    public required string Issuer { get; init; }
    /// <summary>Announcement number or title.</summary>
    public string Instrument { get; init; } = "";
    /// <summary>Legal form.</summary>
    public required MeasureKind Kind { get; init; }
    /// <summary>Date announced.</summary>
    public required DateOnly Announced { get; init; }
    /// <summary>Date effective.</summary>
    public required DateOnly Effective { get; init; }
    /// <summary>Start of the measure's own suspension window, if any.</summary>
    public DateOnly? SuspendedFrom { get; init; }
    /// <summary>End (exclusive) of the measure's own suspension window, if any; open-ended when null.</summary>
    public DateOnly? SuspendedUntil { get; init; }
    /// <summary>First day the measure no longer applies, if any.</summary>
    public DateOnly? Ended { get; init; }
    /// <summary>Item ids covered.</summary>
    public IReadOnlyList<string> Items { get; init; } = [];
    /// <summary>ISO3 destinations, or ["*"] for every destination.</summary>
    public IReadOnlyList<string> Destinations { get; init; } = [Names.Everyone];
    /// <summary>Destinations exempted from a "*" measure.</summary>
    public IReadOnlyList<string> ExcludedDestinations { get; init; } = [];
    /// <summary>Share of the restricted flow a licence regime lets through, 0–1.</summary>
    public double? ApprovalRate { get; init; }
    /// <summary>Days before licensed flow passes, ≥ 0.</summary>
    public int? LicenceDelayDays { get; init; }
    /// <summary>Ids of the measures a suspension acts on.</summary>
    public IReadOnlyList<string> Suspends { get; init; } = [];
    /// <summary>Source ids.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];
    /// <summary>Free text.</summary>
    public string Notes { get; init; } = "";
    /// <summary>Where the measure was read.</summary>
    public Origin Origin { get; init; } = Origin.Code;
    /// <summary>Scope clauses as written; empty means the default (<see cref="EffectiveScope"/>).</summary>
    public IReadOnlyList<ScopeClause> Scope { get; init; } = [];
    /// <summary>Licence phases, in file order (see <see cref="LicencePhase"/>).</summary>
    public IReadOnlyList<LicencePhase> Phases { get; init; } = [];
    /// <summary>False for a commitment that was announced (e.g. in another government's fact sheet) but not enacted: it never takes effect.</summary>
    public bool Enacted { get; init; } = true;
    /// <summary>Share (0–1) of the flows in scope that the measure reaches (e.g. the trade held by listed entities); null means all.</summary>
    public double? ReachShare { get; init; }
    /// <summary>End-use classes the measure reaches (<see cref="Names.EndUses"/>), or ["*"] for every buyer (the default).</summary>
    public IReadOnlyList<string> EndUses { get; init; } = [Names.Everyone];
    /// <summary>Firm ids a sanction or unreliable-entity action names (YAML <c>targets</c>); empty for country-level measures.</summary>
    public IReadOnlyList<string> FirmTargets { get; init; } = [];

    /// <summary>
    /// The clauses that apply: <see cref="Scope"/> when given; otherwise exports from the issuer from
    /// <see cref="Effective"/>, plus re-exports for an extraterritorial measure.
    /// </summary>
    public IReadOnlyList<ScopeClause> EffectiveScope => Scope.Count > 0 ? Scope
        : Kind == MeasureKind.Extraterritorial
            ? [new ScopeClause(ScopeKind.Export, Effective), new ScopeClause(ScopeKind.Reexport, Effective)]
            : [new ScopeClause(ScopeKind.Export, Effective)];

    /// <summary>First day the clause <paramref name="kind"/> applies, or null when the measure has no such clause.</summary>
    public DateOnly? ClauseFrom(ScopeKind kind)
    {
        DateOnly? first = null;
        foreach (var c in EffectiveScope)
            if (c.Kind == kind && (first is null || c.Effective < first)) first = c.Effective;
        return first;
    }

    /// <summary>
    /// The phase in effect on <paramref name="date"/> toward <paramref name="iso3"/> for buyers of end-use class
    /// <paramref name="endUse"/> and for <paramref name="item"/> (null: any item), or null (the measure's own terms). The
    /// latest phase that has begun and covers all wins; on the same date a phase naming the end use beats one naming the
    /// destination, which beats one for everyone; then one naming items beats one for every item.
    /// </summary>
    public LicencePhase? PhaseOn(DateOnly date, string iso3, string endUse = Names.CivilUse, string? item = null)
    {
        LicencePhase? best = null;
        foreach (var p in Phases)
        {
            if (p.From > date || !p.Covers(iso3) || !p.CoversEndUse(endUse) || !p.CoversItem(item)) continue;
            if (best is null || p.From > best.From || (p.From == best.From && Rank(p, iso3, endUse) > Rank(best, iso3, endUse)))
                best = p;
        }
        return best;
    }

    private static int Rank(LicencePhase p, string iso3, string endUse) => (2 * p.Specificity(iso3, endUse)) + (p.Items.Count > 0 ? 1 : 0);

    /// <summary>True when some phase applies to named items only (the measure's terms then differ by item).</summary>
    public bool HasItemPhases => Phases.Any(p => p.Items.Count > 0);

    /// <summary>Approval rate on <paramref name="date"/> toward <paramref name="iso3"/> (end use <paramref name="endUse"/>): the phase's when one applies and sets it, else the measure's.</summary>
    public double? ApprovalRateOn(DateOnly date, string iso3, string endUse = Names.CivilUse) => PhaseOn(date, iso3, endUse)?.ApprovalRate ?? ApprovalRate;

    /// <summary>True when the measure restricts flows toward <paramref name="iso3"/> (whatever the end use).</summary>
    public bool Targets(string iso3) =>
        !ExcludedDestinations.Contains(iso3) && iso3 != Issuer &&
        (Destinations.Contains(Names.Everyone) || Destinations.Contains(iso3));

    /// <summary>True when the measure restricts flows toward <paramref name="iso3"/> for buyers of end-use class <paramref name="endUse"/>.</summary>
    public bool Targets(string iso3, string endUse) => Targets(iso3) && ReachesEndUse(endUse);

    /// <summary>True when the measure reaches buyers of end-use class <paramref name="endUse"/>.</summary>
    public bool ReachesEndUse(string endUse) => Names.CoversEndUse(EndUses, endUse);

    /// <summary>True when the measure applies to some end uses only (e.g. a ban on military users).</summary>
    public bool IsEndUseSpecific => !EndUses.Contains(Names.Everyone);

    /// <summary>Share of a restricted flow that still passes: the approval rate for licence regimes (and extraterritorial licence rules), 0 otherwise.</summary>
    public double PassFraction => Kind is MeasureKind.Licence or MeasureKind.Extraterritorial ? ApprovalRate ?? 0.0 : 0.0;

    /// <summary>True for a licence regime (a share passes), false for a ban.</summary>
    public bool IsLicenceRegime => Kind is MeasureKind.Licence or MeasureKind.Extraterritorial;

    /// <summary>Share of a reached flow that passes on <paramref name="date"/> toward <paramref name="iso3"/> (phases applied; delays ignored: static view).</summary>
    public double PassOn(DateOnly date, string iso3, string endUse = Names.CivilUse) => IsLicenceRegime ? ApprovalRateOn(date, iso3, endUse) ?? 0.0 : 0.0;
}
