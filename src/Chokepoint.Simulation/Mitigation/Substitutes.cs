using Chokepoint.Analysis.Exposure;
using Chokepoint.Model;

namespace Chokepoint.Simulation.Mitigation;

/// <summary>An alternative input that keeps more of a product's output up under the measures than the input in use.</summary>
/// <param name="Product">The item made (a product or component in the target's chain).</param>
/// <param name="AvailablePct">Static availability of the alternative to the target's makers under the measures, 0–100.</param>
/// <param name="InUseAvailablePct">Static availability of the input in use, 0–100.</param>
public sealed record SubstituteRow(string Product, string Input, string Alternative, double SwitchDays, double Penalty, string Source, double AvailablePct, double InUseAvailablePct);

/// <summary>Alternatives from the recipes' groups (docs/dataset.md) that the target's makers could switch to under a blockade.</summary>
public static class Substitutes
{
    /// <summary>Alternatives of items made in <paramref name="target"/> among <paramref name="items"/> that are more available than the input in use.</summary>
    public static IReadOnlyList<SubstituteRow> Of(Dataset dataset, Blockade blockade, string target, IEnumerable<string> items)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(items);
        var analysis = new ExposureAnalysis(dataset, blockade);
        var rows = new List<SubstituteRow>();
        foreach (var item in items.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            foreach (var requirement in RecipeGroups.Of(dataset, item))
            {
                if (requirement.Lines.Count < 2) continue;
                var inUse = analysis.Available(requirement.InUse.Input, target);
                if (inUse >= 1 - 1e-9) continue;
                foreach (var alt in requirement.Alternatives)
                {
                    var a = analysis.Available(alt.Input, target);
                    if (a <= inUse + 1e-9) continue;
                    var spec = alt.Alternative!;
                    rows.Add(new SubstituteRow(item, requirement.InUse.Input, alt.Input, spec.SwitchDays ?? 0, spec.Penalty, spec.SwitchSource ?? alt.Source, 100 * a, 100 * inUse));
                }
            }
        return rows.OrderBy(r => r.Product, StringComparer.Ordinal).ThenBy(r => r.SwitchDays).ThenBy(r => r.Alternative, StringComparer.Ordinal).ToList();
    }
}
