namespace Chokepoint.Data.Diagnostics;

/// <summary>Severity of a dataset problem.</summary>
public enum Severity
{
    /// <summary>The dataset cannot be analysed.</summary>
    Error,
    /// <summary>Suspicious but usable.</summary>
    Warning,
}

/// <summary>
/// One problem found in an input file. <see cref="Line"/> is 1-based (0 when the problem concerns the
/// whole file); <see cref="Column"/> is the 1-based field number in a CSV row, or the character column
/// in YAML (0 when unknown).
/// </summary>
public sealed record Diagnostic(Severity Severity, string File, int Line, int Column, string Message)
{
    /// <summary>Compiler-style text: <c>file:line:column: error: message</c>.</summary>
    public override string ToString() =>
        $"{File}:{Line}:{Column}: {(Severity == Severity.Error ? "error" : "warning")}: {Message}";
}
