namespace Chokepoint.Model.Macro;

/// <summary>
/// A labelled dense matrix of an MRIO system (Z, Y, F, L, …): row and column labels and the values in
/// one flat row-major array. The array is shared, not copied: treat it as read-only.
/// </summary>
public sealed class MrioMatrix
{
    /// <summary>Creates a matrix; <paramref name="values"/> holds rows × columns values, row by row.</summary>
    /// <exception cref="ArgumentException">The array length is not rows × columns.</exception>
    public MrioMatrix(MrioLabels rows, MrioLabels columns, double[] values)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(values);
        if (values.LongLength != (long)rows.Count * columns.Count)
            throw new ArgumentException($"{values.LongLength} values for {rows.Count} rows × {columns.Count} columns", nameof(values));
        Rows = rows;
        Columns = columns;
        Values = values;
    }

    /// <summary>Row labels.</summary>
    public MrioLabels Rows { get; }

    /// <summary>Column labels.</summary>
    public MrioLabels Columns { get; }

    /// <summary>Values, row-major: element (r, c) is at r × Columns.Count + c.</summary>
    public double[] Values { get; }

    /// <summary>Number of rows.</summary>
    public int RowCount => Rows.Count;

    /// <summary>Number of columns.</summary>
    public int ColumnCount => Columns.Count;

    /// <summary>Element at row <paramref name="row"/>, column <paramref name="column"/>.</summary>
    public double this[int row, int column] => Values[(row * Columns.Count) + column];
}
