using Chokepoint.Model;

namespace Chokepoint.Contracts;

/// <summary>A direct input of an item (recipes.csv): how much of it one unit of the item takes (in the input's <paramref name="Unit"/>), whether it is essential, and the row's source ('items ITEM').</summary>
public sealed record ItemInputJson(string Input, double Quantity, bool Essential, string Source, string Unit)
{
    /// <summary>The contract of <paramref name="line"/>; <paramref name="unit"/> is the input's unit (items.csv).</summary>
    public static ItemInputJson Of(RecipeLine line, string unit)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new(line.Input, line.Quantity, line.Essential, line.Source, unit);
    }
}
