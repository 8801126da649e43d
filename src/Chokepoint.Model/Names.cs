namespace Chokepoint.Model;

/// <summary>Canonical spellings of enum values in files, JSON and tables (kebab/snake case).</summary>
public static class Names
{
    /// <summary>Pseudo-country for "rest of world".</summary>
    public const string RestOfWorld = "ROW";

    /// <summary>Wildcard meaning every country (stocks, destinations).</summary>
    public const string Everyone = "*";

    /// <summary>File spelling of an item kind.</summary>
    public static string Of(ItemKind kind) => kind switch
    {
        ItemKind.Raw => "raw",
        ItemKind.Refined => "refined",
        ItemKind.Component => "component",
        ItemKind.Product => "product",
        ItemKind.Technology => "technology",
        _ => "equipment",
    };

    /// <summary>File spelling of a confidence level.</summary>
    public static string Of(Confidence confidence) => confidence switch
    {
        Confidence.High => "high",
        Confidence.Medium => "medium",
        _ => "low",
    };

    /// <summary>File spelling of a measure kind.</summary>
    public static string Of(MeasureKind kind) => kind switch
    {
        MeasureKind.Licence => "licence",
        MeasureKind.Ban => "ban",
        MeasureKind.TechnologyBan => "technology-ban",
        MeasureKind.Extraterritorial => "extraterritorial",
        MeasureKind.Suspension => "suspension",
        MeasureKind.Sanction => "sanction",
        _ => "intervention",
    };

    /// <summary>JSON/table spelling of a measure status.</summary>
    public static string Of(MeasureStatus status) => status switch
    {
        MeasureStatus.Announced => "announced",
        MeasureStatus.InForce => "in_force",
        MeasureStatus.Suspended => "suspended",
        MeasureStatus.Unverified => "unverified",
        _ => "ended",
    };

    /// <summary>File spelling of a scope clause.</summary>
    public static string Of(ScopeKind scope) => scope switch
    {
        ScopeKind.Export => "export",
        ScopeKind.Reexport => "reexport",
        _ => "foreign-content",
    };

    /// <summary>Every valid scope clause spelling, for messages.</summary>
    public static readonly IReadOnlyList<string> ScopeKinds = ["export", "reexport", "foreign-content"];

    /// <summary>Parses a scope clause; null when unknown.</summary>
    public static ScopeKind? ParseScopeKind(string text) => text switch
    {
        "export" => ScopeKind.Export,
        "reexport" or "re-export" => ScopeKind.Reexport,
        "foreign-content" => ScopeKind.ForeignContent,
        _ => null,
    };

    /// <summary>Basis of a production share that measures what it says: the country's share of world output.</summary>
    public const string OutputBasis = "output";

    /// <summary>
    /// What a production share measures: <c>output</c>; <c>capacity</c>; <c>ownership</c> (firms headquartered in the
    /// country); or a proxy: <c>mining-proxy</c> (mine output standing in for refining), <c>export-proxy</c> (exports
    /// standing in for production), <c>parent-share</c> (the share of a parent item applied to a part of it).
    /// </summary>
    public static readonly IReadOnlyList<string> ShareBases = ["output", "capacity", "ownership", "mining-proxy", "export-proxy", "parent-share"];

    /// <summary>Every valid item kind spelling, for messages.</summary>
    public static readonly IReadOnlyList<string> ItemKinds = ["raw", "refined", "component", "product", "technology", "equipment"];

    /// <summary>Every valid measure kind spelling, for messages.</summary>
    public static readonly IReadOnlyList<string> MeasureKinds = ["licence", "ban", "technology-ban", "extraterritorial", "suspension", "intervention", "sanction"];

    /// <summary>End-use class of civilian buyers (the default of a demand row and of every flow not otherwise classed).</summary>
    public const string CivilUse = "civil";

    /// <summary>End-use class of military end users and end uses (defence demand).</summary>
    public const string MilitaryUse = "military";

    /// <summary>
    /// End-use classes a measure or a licence phase may name (issue 17 §2): <c>civil</c>, <c>military</c> (military end
    /// users and uses), <c>listed-entity</c> (parties on the issuer's control or unreliable-entity lists),
    /// <c>general-licence</c> (buyers supplied under a general licence).
    /// </summary>
    public static readonly IReadOnlyList<string> EndUses = ["civil", "military", "listed-entity", "general-licence"];

    /// <summary>True when <paramref name="classes"/> (a measure's or a phase's end uses, or ["*"]) covers <paramref name="endUse"/>.</summary>
    public static bool CoversEndUse(IReadOnlyList<string> classes, string endUse) =>
        classes.Contains(Everyone) || classes.Contains(endUse);

    /// <summary>Every valid status spelling, for messages.</summary>
    public static readonly IReadOnlyList<string> Statuses = ["announced", "in_force", "suspended", "ended", "unverified"];

    /// <summary>Parses an item kind; null when unknown.</summary>
    public static ItemKind? ParseItemKind(string text) => text switch
    {
        "raw" => ItemKind.Raw,
        "refined" => ItemKind.Refined,
        "component" => ItemKind.Component,
        "product" => ItemKind.Product,
        "technology" => ItemKind.Technology,
        "equipment" => ItemKind.Equipment,
        _ => null,
    };

    /// <summary>Parses a confidence level; null when unknown.</summary>
    public static Confidence? ParseConfidence(string text) => text switch
    {
        "high" => Confidence.High,
        "medium" => Confidence.Medium,
        "low" => Confidence.Low,
        _ => null,
    };

    /// <summary>Parses a measure kind; null when unknown.</summary>
    public static MeasureKind? ParseMeasureKind(string text) => text switch
    {
        "licence" or "license" => MeasureKind.Licence,
        "ban" => MeasureKind.Ban,
        "technology-ban" => MeasureKind.TechnologyBan,
        "extraterritorial" => MeasureKind.Extraterritorial,
        "suspension" => MeasureKind.Suspension,
        "intervention" => MeasureKind.Intervention,
        "sanction" => MeasureKind.Sanction,
        _ => null,
    };

    /// <summary>Parses a status (accepts in_force and in-force); null when unknown.</summary>
    public static MeasureStatus? ParseStatus(string text) => text switch
    {
        "announced" => MeasureStatus.Announced,
        "in_force" or "in-force" => MeasureStatus.InForce,
        "suspended" => MeasureStatus.Suspended,
        "ended" => MeasureStatus.Ended,
        "unverified" => MeasureStatus.Unverified,
        _ => null,
    };
}
