using Chokepoint.Model;

namespace Chokepoint.Analysis.Codes;

/// <summary>The result of looking up a code: what it matched, and the items and measures that follow.</summary>
/// <param name="Query">The code as given, normalized (dots removed from tariff lines).</param>
/// <param name="Hits">Every known code matched, exact matches first.</param>
/// <param name="Items">Ids of the items matched (directly or through none when only measures matched).</param>
/// <param name="MeasureIds">Measures named by a matched code, or listing a matched item.</param>
/// <param name="Nearest">When nothing matched: the nearest known codes, closest first.</param>
public sealed record CodeMatch(string Query, IReadOnlyList<CodeHit> Hits, IReadOnlyList<string> Items, IReadOnlySet<string> MeasureIds, IReadOnlyList<string> Nearest)
{
    /// <summary>True when the code matched a known code.</summary>
    public bool Found => Hits.Count > 0;

    /// <summary>The code systems that matched, exact ones first, each once.</summary>
    public IReadOnlyList<CodeSystem> Systems => Hits.Select(h => h.System).Distinct().ToList();
}
