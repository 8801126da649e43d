using Chokepoint.Model;

namespace Chokepoint.Contracts;

/// <summary>An item of the dataset (items).</summary>
public sealed record ItemJson(string Id, string Name, string Kind, string Unit, string Industry, IReadOnlyList<string> HsCodes)
{
    /// <summary>The contract of <paramref name="i"/>.</summary>
    public static ItemJson Of(Item i)
    {
        ArgumentNullException.ThrowIfNull(i);
        return new(i.Id, i.Name, Names.Of(i.Kind), i.Unit, i.Industry, i.HsCodes);
    }
}
