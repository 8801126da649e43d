namespace Chokepoint.Simulation.Network;

/// <summary>Alternatives and per-slot lookups used by substitution and the stockpile search.</summary>
public sealed partial class SupplyNetwork
{
    internal AlternativeTable Alternatives { get; init; } = AlternativeTable.Empty;

    /// <summary>Number of alternative inputs producers can switch to.</summary>
    public int AlternativeCount => Alternatives.Count;

    /// <summary>Input slots of nodes located in <paramref name="country"/> that consume item <paramref name="item"/>.</summary>
    public IReadOnlyList<int> SlotsOf(string item, string country)
    {
        var k = -1;
        for (var i = 0; i < ItemIds.Count; i++)
            if (ItemIds[i] == item) { k = i; break; }
        if (k < 0) return [];
        var result = new List<int>();
        for (var s = ItemSlotStart[k]; s < ItemSlotStart[k + 1]; s++)
            if (Labels[SlotNode[s]].Country == country) result.Add(s);
        return result;
    }

    /// <summary>Baseline use of slot <paramref name="slot"/>'s item by its node, in units of the item per day.</summary>
    public double SlotNeedPerDay(int slot) => Baseline[SlotNode[slot]] * SlotQty[slot];

    /// <summary>Item id consumed by slot <paramref name="slot"/>.</summary>
    public string SlotItemId(int slot)
    {
        var k = Array.BinarySearch(ItemSlotStart, slot);
        if (k < 0) k = ~k - 1;
        while (k + 1 < ItemSlotStart.Length && ItemSlotStart[k + 1] <= slot) k++;
        return ItemIds[k];
    }
}
