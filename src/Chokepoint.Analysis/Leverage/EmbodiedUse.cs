using Chokepoint.Model;

namespace Chokepoint.Analysis.Leverage;

/// <summary>
/// A country's use of an item embodied in its final demand (demand.csv pushed down the recipes' lines in use),
/// in units of the item per year. Thread-safe (pure).
/// </summary>
public static class EmbodiedUse
{
    /// <summary>Units per year of <paramref name="item"/> in the final demand of <paramref name="country"/>.</summary>
    public static double PerYear(Dataset dataset, string item, string country)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var total = 0.0;
        foreach (var d in dataset.Tables.Demand)
            if (d.Country == country) total += d.UnitsPerYear * Content(dataset, d.Product, item, 0);
        return total;
    }

    /// <summary>Units of <paramref name="item"/> in one unit of <paramref name="output"/> (1 for the item itself).</summary>
    public static double Content(Dataset dataset, string output, string item, int depth)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        if (output == item) return 1;
        if (depth > 64) return 0;
        var sum = 0.0;
        foreach (var line in dataset.InputsOf(output))
            if (!RecipeGroups.IsStandby(line)) sum += line.Quantity * Content(dataset, line.Input, item, depth + 1);
        return sum;
    }
}
