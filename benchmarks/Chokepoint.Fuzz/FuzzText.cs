using System.Globalization;
using System.Text;

namespace Chokepoint.Fuzz;

/// <summary>The plain-text summary of a fuzz run, as recorded in docs/reliability.md.</summary>
internal static class FuzzText
{
    public static string Summary(FuzzOptions options, FuzzReport r)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(inv, $"inputs {r.Inputs:N0} (seed {options.Seed}, from {options.Start:N0}, {options.Threads} thread(s)) in {r.Seconds:0.0} s ({r.Inputs / Math.Max(r.Seconds, 1e-9):N0}/s)");
        sb.AppendLine(inv, $"crashes {r.Crashes.Count}, hangs (> {options.HangSeconds} s) {r.Hangs.Count}; slowest input {r.SlowestSeconds:0.000} s (#{r.SlowestIndex})");
        sb.AppendLine("target     exit 0 (accepted)   exit 2 (refused, diagnostic)   exit 3 (crash)   seconds");
        foreach (var (t, c) in r.ExitCodes)
            sb.AppendLine(inv, $"{t.ToString().ToLowerInvariant(),-10} {c[0],17:N0}   {c[2],28:N0}   {c[3],14:N0}   {r.TargetSeconds[t],7:0.0}");
        foreach (var f in r.Crashes.Take(20)) sb.AppendLine(inv, $"crash #{f.Index} {f.Target}: {f.What}");
        foreach (var f in r.Hangs.Take(20)) sb.AppendLine(inv, $"hang #{f.Index} {f.Target}: {f.What} ({f.Seconds:0.0} s)");
        return sb.ToString();
    }
}
