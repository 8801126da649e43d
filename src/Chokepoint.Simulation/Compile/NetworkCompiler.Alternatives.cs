using Chokepoint.Analysis.Concentration;
using Chokepoint.Model;

namespace Chokepoint.Simulation.Compile;

/// <summary>Alternative groups of the recipes in the compiled network (docs/model.md, "Substitution").</summary>
public static partial class NetworkCompiler
{
    private sealed partial class Compilation
    {
        private readonly HashSet<string> _notedAlternatives = new(StringComparer.Ordinal);

        /// <summary>
        /// When <paramref name="line"/> is the input in use of a group, registers the group's alternatives on the
        /// producer's slot. Alternatives carry no baseline flow: they draw only on capacity their producers do not use.
        /// </summary>
        private void AddAlternatives(int producer, int slot, string item, RecipeLine line, Dictionary<string, int> index)
        {
            if (line.Alternative is not { InUse: true } group) return;
            foreach (var alt in dataset.InputsOf(item))
            {
                if (alt.Alternative is not { InUse: false } a || a.Group != group.Group) continue;
                _b.AddAlternative(producer, slot, index[alt.Input], alt.Quantity, a.SwitchDays ?? 0);
                if (WorldOutput.PerDay(dataset, alt.Input, []) is null && _notedAlternatives.Add(alt.Input))
                    _notes.Add($"{alt.Input} (alternative to {line.Input} in {item}) has no production.csv quantity, so no modelled producers: switching to it adds no supply");
            }
        }
    }
}
