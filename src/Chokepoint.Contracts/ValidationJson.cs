namespace Chokepoint.Contracts;

/// <summary>The result of validate: every error and warning.</summary>
public sealed record ValidationJson(IReadOnlyList<DiagnosticJson> Errors, IReadOnlyList<DiagnosticJson> Warnings);
