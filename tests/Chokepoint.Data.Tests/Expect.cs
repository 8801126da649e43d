using Chokepoint.Data.Diagnostics;

namespace Chokepoint.Data.Tests;

/// <summary>Finds the one diagnostic a test expects, printing every diagnostic when it is not there.</summary>
internal static class Expect
{
    public static Diagnostic Error(LoadResult result, string file, int line, int? column = null) =>
        One(result, Severity.Error, file, line, column);

    public static Diagnostic Warning(LoadResult result, string file, int line, int? column = null) =>
        One(result, Severity.Warning, file, line, column);

    public static Diagnostic One(LoadResult result, Severity severity, string file, int line, int? column)
    {
        var matches = result.Diagnostics
            .Where(d => d.Severity == severity && d.File == file && d.Line == line && (column is null || d.Column == column))
            .ToList();
        Assert.True(matches.Count == 1,
            $"expected one {severity} at {file}:{line}:{column?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "*"}, got:\n{Dump(result)}");
        return matches[0];
    }

    /// <summary>Asserts that the message names each of <paramref name="parts"/> (the offending value, what was expected).</summary>
    public static void Names(Diagnostic d, params string[] parts)
    {
        foreach (var part in parts) Assert.Contains(part, d.Message, StringComparison.Ordinal);
    }

    public static void Clean(LoadResult result) =>
        Assert.True(result.Diagnostics.Count == 0, Dump(result));

    public static string Dump(LoadResult result) => string.Join("\n", result.Diagnostics);
}
