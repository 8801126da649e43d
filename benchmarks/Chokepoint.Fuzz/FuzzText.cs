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
        sb.AppendLine(inv, $"crashes {r.Crashes.Count}, hangs (> {options.HangSeconds} s of CPU) {r.Hangs.Count}, over memory (> {options.MemoryLimitBytes / 1e6:N0} MB allocated) {r.OverMemory.Count}; slowest input {r.SlowestSeconds:0.000} s (#{r.SlowestIndex}), most CPU {r.MostCpuSeconds:0.00} s (#{r.MostCpuIndex}); over {options.HangSeconds} s of wall time only (machine load) {r.SlowUnderLoad.Count}");
        sb.AppendLine(inv, $"memory: most allocated by one input {r.MostAllocatedBytes / 1e6:N1} MB (#{r.MostAllocatedIndex}); process peak resident {r.PeakWorkingSetBytes / 1e6:N0} MB; SQLite peak {r.SqlitePeakBytes / 1e6:N1} MB");
        sb.AppendLine("target     exit 0 (accepted)   exit 1 (refused, usage)   exit 2 (refused, diagnostic)   exit 3 (crash)   seconds");
        foreach (var (t, c) in r.ExitCodes)
            sb.AppendLine(inv, $"{t.ToString().ToLowerInvariant(),-10} {c[0],17:N0}   {c[1],23:N0}   {c[2],28:N0}   {c[3],14:N0}   {r.TargetSeconds[t],7:0.0}");
        foreach (var f in r.Crashes.Take(20)) sb.AppendLine(inv, $"crash #{f.Index} {f.Target}: {f.What}");
        foreach (var f in r.Hangs.Take(20)) sb.AppendLine(inv, $"hang #{f.Index} {f.Target}: {f.What} ({f.Seconds:0.0} s)");
        foreach (var f in r.SlowUnderLoad.Take(20)) sb.AppendLine(inv, $"slow under load #{f.Index} {f.Target}: {f.What} ({f.Seconds:0.0} s)");
        foreach (var f in r.OverMemory.Take(20)) sb.AppendLine(inv, $"memory #{f.Index} {f.Target}: {f.What} ({f.Seconds:0.0} s)");
        return sb.ToString();
    }
}
