using Chokepoint.Model;

namespace Chokepoint.Analysis.Leverage;

/// <summary>The upstream stages of an item through the recipes' lines in use, with their content per unit. Thread-safe (pure).</summary>
public static class ChainStages
{
    /// <summary>Every item upstream of <paramref name="item"/> (not the item itself) and its units per unit of the item, summed over paths.</summary>
    public static IReadOnlyDictionary<string, double> Upstream(Dataset dataset, string item)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var content = new Dictionary<string, double>(StringComparer.Ordinal);
        Walk(dataset, item, 1, 0, content);
        return content;
    }

    private static void Walk(Dataset dataset, string output, double per, int depth, Dictionary<string, double> content)
    {
        if (depth > 64) return;
        foreach (var line in dataset.InputsOf(output))
        {
            if (RecipeGroups.IsStandby(line)) continue;
            var q = per * line.Quantity;
            content[line.Input] = content.GetValueOrDefault(line.Input) + q;
            Walk(dataset, line.Input, q, depth + 1, content);
        }
    }
}
