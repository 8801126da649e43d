namespace Chokepoint.Analysis.Macro;

/// <summary>The result of a shock on an MRIO: every sector's loss and the totals per region.</summary>
/// <param name="Method">How the loss spreads ("ghosh-supply": forward, to the users of the lost output; "leontief-demand": backward, to the suppliers).</param>
/// <param name="Sectors">Every (region, sector) in the MRIO's order.</param>
/// <param name="Capped">Sectors whose computed loss exceeded their output and was capped at all of it.</param>
public sealed record MrioShockResult(string Method, IReadOnlyList<MrioSectorImpact> Sectors, IReadOnlyList<string> Capped)
{
    /// <summary>Value added lost per region, in the MRIO's region order.</summary>
    public IReadOnlyList<(string Region, double ValueAdded, double ValueAddedLost, double OutputLost)> ByRegion =>
        Sectors.GroupBy(s => s.Region, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Sum(s => s.ValueAdded), g.Sum(s => s.ValueAddedLost), g.Sum(s => s.OutputLost))).ToList();
}
