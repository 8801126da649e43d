namespace Chokepoint.Contracts;

/// <summary>A problem found in the dataset or a scenario: file, line, column (1-based) and what was expected.</summary>
public sealed record DiagnosticJson(string File, int Line, int Column, string Message);
