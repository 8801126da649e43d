using Chokepoint.Model;

namespace Chokepoint.Analysis.Concentration;

/// <summary>World output of an item per day from the production.csv quantity column, in the item's unit.</summary>
public static class WorldOutput
{
    private static readonly Dictionary<string, double> Kilograms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["g"] = 1e-3, ["kg"] = 1, ["t"] = 1e3, ["tonne"] = 1e3, ["tonnes"] = 1e3, ["kt"] = 1e6, ["mt"] = 1e9,
    };

    /// <summary>
    /// Σ quantity ÷ Σ share of the rows with a quantity (so partial coverage extrapolates), per year ÷ 365;
    /// null when no row has a quantity or its unit cannot be converted to the item's unit (noted).
    /// </summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="item">Item id.</param>
    /// <param name="notes">Receives a note when a quantity's unit does not convert.</param>
    public static double? PerDay(Dataset dataset, string item, List<string> notes)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(notes);
        var rows = dataset.SharesOf(item).Where(r => r.Quantity is not null).ToList();
        if (rows.Count == 0 || !dataset.Items.TryGetValue(item, out var it)) return null;
        var quantity = 0.0;
        foreach (var r in rows)
        {
            var factor = Factor(r.QuantityUnit, it.Unit);
            if (factor is null)
            {
                notes.Add($"{item}: production quantity unit '{r.QuantityUnit}' does not convert to the item unit '{it.Unit}'; other uses not modelled");
                return null;
            }
            quantity += r.Quantity!.Value * factor.Value;
        }
        var share = rows.Sum(r => r.SharePct) / 100.0;
        return share <= 0 ? null : quantity / share / 365.0;
    }

    /// <summary>Conversion factor between mass units; a content qualifier after the unit ("t Li", "t REO") is dropped.</summary>
    private static double? Factor(string? from, string to)
    {
        if (string.IsNullOrEmpty(from) || string.Equals(from, to, StringComparison.OrdinalIgnoreCase)) return 1.0;
        from = from.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        to = to.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        if (string.Equals(from, to, StringComparison.OrdinalIgnoreCase)) return 1.0;
        return Kilograms.TryGetValue(from, out var a) && Kilograms.TryGetValue(to, out var b) ? a / b : null;
    }
}
