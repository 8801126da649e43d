using System.Diagnostics;

namespace Chokepoint.Testing;

/// <summary>Special files for hostile-input tests: FIFOs (named pipes), which block a reader that opens them.</summary>
public static class SpecialFiles
{
    /// <summary>Creates a FIFO at <paramref name="path"/> with mkfifo; false where there is none (Windows).</summary>
    public static bool TryMakeFifo(string path)
    {
        if (OperatingSystem.IsWindows()) return false;
        using var p = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        p.WaitForExit(10_000);
        return p.ExitCode == 0;
    }
}
