namespace Chokepoint.Simulation.Network;

/// <summary>Alternative inputs a producer can switch to (docs/model.md, "Substitution").</summary>
public sealed partial class NetworkBuilder
{
    private readonly List<(int Node, int Slot, int Item, double QtyPerUnit, double SwitchDays)> _alternatives = [];

    /// <summary>
    /// Lets producer <paramref name="node"/> replace a shortfall of the input in <paramref name="slot"/> by item
    /// <paramref name="item"/> (<paramref name="qtyPerUnit"/> units per unit of output) once the input in use has been
    /// short for <paramref name="switchDays"/> days, within the spare and growing capacity of that item's unrestricted producers.
    /// </summary>
    public void AddAlternative(int node, int slot, int item, double qtyPerUnit, double switchDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(qtyPerUnit);
        ArgumentOutOfRangeException.ThrowIfNegative(switchDays);
        _alternatives.Add((node, slot, item, qtyPerUnit, switchDays));
    }

    internal List<(int Node, int Slot, int Item, double QtyPerUnit, double SwitchDays)> Alternatives => _alternatives;
}
