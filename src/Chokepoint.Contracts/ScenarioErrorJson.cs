namespace Chokepoint.Contracts;

/// <summary>A problem in a submitted scenario text: line, column, severity (error, warning) and message.</summary>
public sealed record ScenarioErrorJson(int Line, int Column, string Severity, string Message);
