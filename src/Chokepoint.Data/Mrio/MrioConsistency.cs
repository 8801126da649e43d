using Chokepoint.Model.Macro;

namespace Chokepoint.Data.Mrio;

/// <summary>Checks that an MRIO's tables fit together: Z square with the same keys on both axes, Y and every F on those keys.</summary>
public static class MrioConsistency
{
    /// <summary>Throws when the tables do not fit together, naming the table and the first mismatch.</summary>
    /// <exception cref="MrioFormatException">A table's shape or labels differ from Z's.</exception>
    public static void Check(MrioSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        var z = system.Z;
        if (z.RowCount != z.ColumnCount) throw new MrioFormatException($"Z has {z.RowCount} rows and {z.ColumnCount} columns; expected a square table");
        Same("Z columns", z.Columns, "Z rows", z.Rows);
        Same("Y rows", system.Y.Rows, "Z rows", z.Rows);
        if (system.Units.Count != z.RowCount) throw new MrioFormatException($"{system.Units.Count} units for {z.RowCount} rows of Z; expected one per row");
        var regions = system.Regions;
        foreach (var r in system.Y.Columns.Keys.Select(k => k[0]).Distinct(StringComparer.Ordinal))
            if (!regions.Contains(r)) throw new MrioFormatException($"Y has final demand of region '{r}', which has no rows in Z; expected the regions of Z ({string.Join(", ", regions)})");
        foreach (var e in system.Extensions)
        {
            Same($"{e.Name} F columns", e.F.Columns, "Z columns", z.Columns);
            if (e.FY is { } fy) Same($"{e.Name} F_Y columns", fy.Columns, "Y columns", system.Y.Columns);
            if (e.Units.Count != e.F.RowCount) throw new MrioFormatException($"{e.Name}: {e.Units.Count} units for {e.F.RowCount} rows of F; expected one per row");
        }
    }

    private static void Same(string what, MrioLabels a, string against, MrioLabels b)
    {
        if (a.Count != b.Count) throw new MrioFormatException($"{what} has {a.Count} entries; expected {b.Count} as {against}");
        for (var i = 0; i < a.Count; i++)
            if (!a.Keys[i].SequenceEqual(b.Keys[i], StringComparer.Ordinal))
                throw new MrioFormatException($"{what} entry {i + 1} is '{a.Name(i)}'; expected '{b.Name(i)}' as in {against}");
    }
}
