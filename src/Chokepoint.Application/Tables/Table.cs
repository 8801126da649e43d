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
    private readonly HashSet<int> _optional = [];
    private readonly List<KeyValuePair<string, string>> _question = [];

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

    /// <summary>Columns a narrow terminal may leave out (with a note saying so) before it stacks the table into records.</summary>
    public IReadOnlySet<int> OptionalColumns => _optional;

    /// <summary>Marks columns as of low value on a narrow screen: they may be left out, with a note, rather than cut.</summary>
    public Table Optional(params int[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        foreach (var c in columns) _optional.Add(c);
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

    /// <summary>
    /// The question the figures answer, as the parameters of the web's exposure view (to, as_of, made_in, issuer): each
    /// <see cref="CellKind.Exposure"/> cell links to that view of its product, so that a click keeps the question.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> Question => _question;

    /// <summary>Adds one parameter of <see cref="Question"/>.</summary>
    public Table Asks(string name, string value)
    {
        _question.Add(new(name, value));
        return this;
    }

    /// <summary>The column whose cell names each row, or null: on the web the row is the target of links to "#<see cref="RowAnchorPrefix"/>cell".</summary>
    public int? RowAnchorColumn { get; private set; }

    /// <summary>What the name of a row's anchor starts with, e.g. "share-" for "#share-CHN".</summary>
    public string RowAnchorPrefix { get; private set; } = "";

    /// <summary>Names each row by its cell in <paramref name="column"/> after <paramref name="prefix"/>, so that other pages can link to a row.</summary>
    public Table AnchorRows(string prefix, int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, Columns.Count);
        RowAnchorPrefix = prefix;
        RowAnchorColumn = column;
        return this;
    }

    /// <summary>The anchor of <paramref name="row"/> ("share-CHN"), or null when rows are not anchored or its cell is empty.</summary>
    public string? RowAnchor(string[] row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return RowAnchorColumn is { } c && row[c].Length > 0 ? RowAnchorPrefix + row[c] : null;
    }
}
