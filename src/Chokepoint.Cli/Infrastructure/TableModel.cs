namespace Chokepoint.Cli.Infrastructure;

/// <summary>A table for the terminal and for CSV: a title, column headers, string rows and footnotes (sources, labels).</summary>
internal sealed class TableModel(string title, params string[] columns)
{
    public string Title { get; } = title;
    public IReadOnlyList<string> Columns { get; } = columns;
    public List<string[]> Rows { get; } = [];
    public List<string> Notes { get; } = [];
    /// <summary>The line printed instead of an empty table, e.g. "no measure matches".</summary>
    public string EmptyText { get; private set; } = "none.";
    /// <summary>Columns (by index) whose text is right-aligned (numbers).</summary>
    public HashSet<int> RightAligned { get; } = [];

    public TableModel Add(params string[] row)
    {
        if (row.Length != Columns.Count) throw new ArgumentException($"row has {row.Length} cells, table '{Title}' has {Columns.Count} columns");
        Rows.Add(row);
        return this;
    }

    public TableModel Note(string note)
    {
        Notes.Add(note);
        return this;
    }

    public TableModel WhenEmpty(string text)
    {
        EmptyText = text;
        return this;
    }

    public TableModel Numeric(params int[] columns)
    {
        foreach (var c in columns) RightAligned.Add(c);
        return this;
    }
}
