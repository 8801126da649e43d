using Chokepoint.Data.Diagnostics;

namespace Chokepoint.Cli.Infrastructure;

/// <summary>Prints diagnostics as compiler-style lines.</summary>
internal static class DiagnosticsPrinter
{
    public static void Print(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) writer.WriteLine(SafeText.Clean(d.ToString()));
    }
}
