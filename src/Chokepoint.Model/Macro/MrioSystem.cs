namespace Chokepoint.Model.Macro;

/// <summary>
/// A multi-regional input–output system as read: inter-industry flows Z (sectors × sectors, grouped by
/// region), final demand Y (sectors × region and category), the extensions and, optionally, population.
/// Rows and columns of Z and the rows of Y and columns of each F are the same (region, sector) keys in
/// the same order.
/// </summary>
/// <param name="Z">Inter-industry flows, in money per year (see <paramref name="Units"/>).</param>
/// <param name="Y">Final demand by region and category.</param>
/// <param name="Units">Unit of each (region, sector) row, e.g. "Mill USD".</param>
/// <param name="Extensions">Satellite accounts; value added is read from the one named "factor_inputs".</param>
/// <param name="Population">Population by region (one row, a column per region) or null.</param>
public sealed record MrioSystem(MrioMatrix Z, MrioMatrix Y, IReadOnlyList<string> Units, IReadOnlyList<MrioExtension> Extensions, MrioMatrix? Population)
{
    /// <summary>Name of the extension whose rows, summed, are the value added of each sector.</summary>
    public const string ValueAddedExtension = "factor_inputs";

    /// <summary>Regions in order of first appearance in Z's rows.</summary>
    public IReadOnlyList<string> Regions => Z.Rows.Keys.Select(k => k[0]).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Sectors in order of first appearance in Z's rows (the last level of the key).</summary>
    public IReadOnlyList<string> Sectors => Z.Rows.Keys.Select(k => k[^1]).Distinct(StringComparer.Ordinal).ToList();
}
