using System.Globalization;

namespace Chokepoint.Fuzz;

/// <summary>
/// CPU time of the calling thread, from the kernel's per-thread accounting (Linux /proc/thread-self/stat,
/// 10 ms resolution). The hang limit is judged on it, so that a machine shared with other work (which
/// stretches wall-clock time however long the input's own work is) does not turn slow inputs into hangs.
/// </summary>
internal static class ThreadCpu
{
    private const string Stat = "/proc/thread-self/stat";
    private const double TicksPerSecond = 100; // USER_HZ, fixed at 100 for user space on Linux

    /// <summary>True where per-thread CPU time can be read.</summary>
    public static bool Available { get; } = OperatingSystem.IsLinux() && File.Exists(Stat);

    /// <summary>Seconds of CPU (user + system) the calling thread has used; NaN where not <see cref="Available"/>.</summary>
    public static double Seconds()
    {
        if (!Available) return double.NaN;
        var stat = File.ReadAllText(Stat);
        // Fields after the command name "(…) ": state is field 3, utime 14 and stime 15.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
    }
}
