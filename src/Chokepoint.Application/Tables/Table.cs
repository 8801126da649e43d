namespace Chokepoint.Application.Tables;

/// <summary>
/// One table of an answer, as every surface shows it: a title, column headers, string rows, the kind of each column and
/// the footnotes (sources, labels, review notices). The CLI draws it in the terminal and writes it as CSV, the web as an
/// HTML table, the report as a section: the same rows, columns and words. Not thread-safe while being built.
/// </summary>
public sealed class Table
{
    private readonly List<string[]> _rows = [];
    private readonly List<string> _notes = [];
    private readonly CellKind[] _kinds;

    /// <summary>Creates an empty table.</summary>
    public Table(string title, params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Title = title;
        Columns = columns;
        _kinds = new CellKind[columns.Length];
    }

    /// <summary>The title (says which question the figures answer).</summary>
    public string Title { get; }

    /// <summary>Column headers.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The rows, each with one cell per column.</summary>
    public IReadOnlyList<string[]> Rows => _rows;

    /// <summary>Footnotes printed below the table.</summary>
    public IReadOnlyList<string> Notes => _notes;

    /// <summary>The line shown instead of an empty table, e.g. "no measure matches.".</summary>
    public string EmptyText { get; private set; } = "none.";

    /// <summary>What column <paramref name="column"/> holds.</summary>
    public CellKind KindOf(int column) => _kinds[column];

    /// <summary>Indexes of the numeric (right-aligned) columns.</summary>
    public IReadOnlySet<int> NumericColumns => Enumerable.Range(0, _kinds.Length).Where(i => _kinds[i] == CellKind.Number).ToHashSet();

    /// <summary>Adds a row; it must have one cell per column.</summary>
    public Table Add(params string[] row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Length != Columns.Count) throw new ArgumentException($"row has {row.Length} cells, table '{Title}' has {Columns.Count} columns", nameof(row));
        _rows.Add(row);
        return this;
    }

    /// <summary>Adds a footnote (ignored when null or empty).</summary>
    public Table Note(string? note)
    {
        if (!string.IsNullOrEmpty(note)) _notes.Add(note);
        return this;
    }

    /// <summary>Sets the line shown when the table has no row.</summary>
    public Table WhenEmpty(string text)
    {
        EmptyText = text;
        return this;
    }

    /// <summary>Marks columns as numbers.</summary>
    public Table Numeric(params int[] columns) => Kinds(CellKind.Number, columns);

    /// <summary>Marks columns as holding <paramref name="kind"/>.</summary>
    public Table Kinds(CellKind kind, params int[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        foreach (var c in columns) _kinds[c] = kind;
        return this;
    }
}
