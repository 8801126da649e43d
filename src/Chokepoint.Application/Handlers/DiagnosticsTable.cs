using Chokepoint.Application.Tables;
using Chokepoint.Application.Wording;
using Chokepoint.Data.Diagnostics;

namespace Chokepoint.Application.Handlers;

/// <summary>Problems found in the dataset or a scenario, as 'chokepoint validate --format csv' writes them and the stress page shows them.</summary>
public static class DiagnosticsTable
{
    /// <summary>One row per diagnostic: severity, file, line, column, message.</summary>
    public static Table Of(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var table = new Table("Diagnostics", "severity", "file", "line", "column", "message").Numeric(2, 3);
        foreach (var d in diagnostics)
            table.Add(d.Severity == Severity.Error ? "error" : "warning", d.File, Format.Int(d.Line), Format.Int(d.Column), d.Message);
        return table;
    }
}
