namespace Chokepoint.Data.Diagnostics;

/// <summary>Collects every problem instead of stopping at the first. Not thread-safe.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Dictionary<string, int[]> _fields = new(StringComparer.Ordinal);

    /// <summary>All diagnostics in the order found.</summary>
    public IReadOnlyList<Diagnostic> Items => _items;

    /// <summary>True when at least one error was reported.</summary>
    public bool HasErrors => _items.Exists(d => d.Severity == Severity.Error);

    /// <summary>Reports an error.</summary>
    public void Error(string file, int line, int column, string message) =>
        _items.Add(new Diagnostic(Severity.Error, file, line, column, message));

    /// <summary>Reports a warning.</summary>
    public void Warning(string file, int line, int column, string message) =>
        _items.Add(new Diagnostic(Severity.Warning, file, line, column, message));

    /// <summary>Adds diagnostics found elsewhere.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>
    /// Remembers where the documented columns of a CSV file sit in its actual header. Columns are
    /// found by name, so a file may order them freely; cross-file checks name a field by its
    /// documented position and translate it with <see cref="FieldOf"/>.
    /// </summary>
    internal void RememberColumns(string file, IReadOnlyList<string> documented, Func<string, int> indexOf)
    {
        var map = new int[documented.Count];
        for (var i = 0; i < map.Length; i++) map[i] = indexOf(documented[i]) + 1;
        _fields[file] = map;
    }

    /// <summary>The 1-based field number in <paramref name="file"/> of documented column <paramref name="documentedColumn"/>; unchanged when unknown (0, YAML, or a file not read as CSV).</summary>
    internal int FieldOf(string file, int documentedColumn) =>
        documentedColumn > 0 && _fields.TryGetValue(file, out var map) && documentedColumn <= map.Length && map[documentedColumn - 1] > 0
            ? map[documentedColumn - 1]
            : documentedColumn;
}
