using Chokepoint.Model;

namespace Chokepoint.Simulation.Compile;

/// <summary>
/// Days goods take from an exporter to an importer (transit.csv): (exporter, importer), (exporter, *), (*, importer), (*, *),
/// else 0. Goods bought at home take no transit.
/// </summary>
internal sealed class TransitLookup(Dataset dataset)
{
    private readonly Dictionary<(string, string), double> _rows =
        dataset.Tables.Transit.GroupBy(t => (t.Exporter, t.Importer)).ToDictionary(g => g.Key, g => g.Last().Days);

    /// <summary>Whole days of transit from <paramref name="exporter"/> to <paramref name="importer"/>.</summary>
    public int DaysOf(string exporter, string importer)
    {
        if (exporter == importer) return 0;
        foreach (var key in (ReadOnlySpan<(string, string)>)[(exporter, importer), (exporter, Names.Everyone), (Names.Everyone, importer), (Names.Everyone, Names.Everyone)])
            if (_rows.TryGetValue(key, out var d)) return (int)Math.Round(d);
        return 0;
    }
}
