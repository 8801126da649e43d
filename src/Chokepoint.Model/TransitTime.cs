namespace Chokepoint.Model;

/// <summary>
/// Door-to-door lead time of goods shipped from <paramref name="Exporter"/> to <paramref name="Importer"/> (transit.csv;
/// "*" = any). A stop at the exporter's border reaches the importer's factories only after this many days.
/// </summary>
/// <param name="Days">Lead time in days, 0–365.</param>
public sealed record TransitTime(string Exporter, string Importer, double Days, string Source)
{
    /// <summary>Where the row was read.</summary>
    public Origin Origin { get; init; } = Origin.Code;
}
