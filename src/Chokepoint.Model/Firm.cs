namespace Chokepoint.Model;

/// <summary>A company (firms.csv): where it is headquartered and the firm that owns it, if any.</summary>
/// <param name="Id">Firm id (kebab case), e.g. <c>nexperia</c>.</param>
/// <param name="Country">ISO3 of the headquarters.</param>
/// <param name="Parent">Id of the owning firm; null for a firm without a parent in the dataset.</param>
public sealed record Firm(string Id, string Name, string Country, string? Parent, string Source)
{
    /// <summary>Where the row was read.</summary>
    public Origin Origin { get; init; } = Origin.Code;
}
