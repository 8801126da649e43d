namespace Chokepoint.Model;

/// <summary>Stage of an item in a supply chain.</summary>
public enum ItemKind
{
    /// <summary>Mined or harvested material (ore, concentrate).</summary>
    Raw,
    /// <summary>Processed material (oxide, metal, chemical).</summary>
    Refined,
    /// <summary>Manufactured part (magnet, cell, chip).</summary>
    Component,
    /// <summary>Final good followed by the analyses (car, turbine, medicine).</summary>
    Product,
    /// <summary>Know-how covered by technology export controls.</summary>
    Technology,
    /// <summary>Production equipment.</summary>
    Equipment,
}

/// <summary>How much a figure can be trusted.</summary>
public enum Confidence
{
    /// <summary>Official statistics (USGS, IEA).</summary>
    High,
    /// <summary>Reputable secondary figures.</summary>
    Medium,
    /// <summary>Estimates.</summary>
    Low,
}

/// <summary>The legal form of an export-control measure.</summary>
public enum MeasureKind
{
    /// <summary>Exports need a licence; a share of the flow passes after a delay.</summary>
    Licence,
    /// <summary>Exports are prohibited.</summary>
    Ban,
    /// <summary>Export of know-how is prohibited or licensed.</summary>
    TechnologyBan,
    /// <summary>Re-export control on foreign goods with content from the issuer.</summary>
    Extraterritorial,
    /// <summary>Suspends other measures while in force.</summary>
    Suspension,
    /// <summary>A government intervention in a company (e.g. the Dutch Nexperia order).</summary>
    Intervention,
    /// <summary>A sanction or unreliable-entity-list action against named firms (<see cref="ControlMeasure.FirmTargets"/>).</summary>
    Sanction,
}

/// <summary>Status of a measure on a given date.</summary>
public enum MeasureStatus
{
    /// <summary>Announced, not yet effective.</summary>
    Announced,
    /// <summary>Effective and not suspended.</summary>
    InForce,
    /// <summary>Effective but suspended on the date.</summary>
    Suspended,
    /// <summary>Ended.</summary>
    Ended,
    /// <summary>
    /// The recorded dates change the status after the registry's <c>reviewed_through</c> date and no source checked
    /// since confirms it: analyses keep the status of the review date, listings show the recorded one as "if unchanged".
    /// </summary>
    Unverified,
}

/// <summary>Which flows a measure reaches (issue 9 §2): each clause has its own effective date.</summary>
public enum ScopeKind
{
    /// <summary>(a) Exports from the issuer.</summary>
    Export,
    /// <summary>(b) Re-exports by third countries of items that originate in the issuer.</summary>
    Reexport,
    /// <summary>(c) Foreign-made goods with issuer-origin content above a de-minimis value share, or made with the issuer's technology.</summary>
    ForeignContent,
}
