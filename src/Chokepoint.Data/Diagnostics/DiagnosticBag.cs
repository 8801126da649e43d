namespace Chokepoint.Data.Diagnostics;

/// <summary>Collects every problem instead of stopping at the first. Not thread-safe.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

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
}
