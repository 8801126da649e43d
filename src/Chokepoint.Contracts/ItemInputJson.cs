using Chokepoint.Model;

namespace Chokepoint.Contracts;

/// <summary>A direct input of an item (recipes.csv): how much of it one unit of the item takes, whether it is essential, and the row's source ('items ITEM').</summary>
public sealed record ItemInputJson(string Input, double Quantity, bool Essential, string Source)
{
    /// <summary>The contract of <paramref name="line"/>.</summary>
    public static ItemInputJson Of(RecipeLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new(line.Input, line.Quantity, line.Essential, line.Source);
    }
}
