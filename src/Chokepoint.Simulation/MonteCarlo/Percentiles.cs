namespace Chokepoint.Simulation.MonteCarlo;

/// <summary>Nearest-rank percentiles; +∞ stands for "beyond the horizon" and comes back as null.</summary>
internal static class Percentiles
{
    public static double? Rank(double[] sorted, double pct)
    {
        var i = (int)Math.Ceiling(pct / 100.0 * sorted.Length) - 1;
        var v = sorted[Math.Clamp(i, 0, sorted.Length - 1)];
        return double.IsPositiveInfinity(v) ? null : v;
    }

    public static Stat Of(double[] values)
    {
        Array.Sort(values);
        return new Stat(Rank(values, 50), Rank(values, 5), Rank(values, 95));
    }
}
