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

    /// <summary>True when the measure restricts flows toward <paramref name="iso3"/>.</summary>
    public bool Targets(string iso3) =>
        !ExcludedDestinations.Contains(iso3) && iso3 != Issuer &&
        (Destinations.Contains(Names.Everyone) || Destinations.Contains(iso3));

    /// <summary>Share of a restricted flow that still passes: the approval rate for licence regimes (and extraterritorial licence rules), 0 otherwise.</summary>
    public double PassFraction => Kind is MeasureKind.Licence or MeasureKind.Extraterritorial ? ApprovalRate ?? 0.0 : 0.0;
}
