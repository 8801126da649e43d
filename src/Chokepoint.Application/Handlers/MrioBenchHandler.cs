using System.Diagnostics;
using System.Globalization;
using Chokepoint.Analysis.Macro;
using Chokepoint.Application.Inputs;
using Chokepoint.Application.Tables;
using Chokepoint.Contracts;

namespace Chokepoint.Application.Handlers;

/// <summary>mrio bench: the Leontief inverse and shocks timed on a seeded synthetic MRIO (<see cref="SyntheticMrio"/>).</summary>
public static class MrioBenchHandler
{
    /// <summary>Generates regions × sectors, times the inverse (when at most <paramref name="inverseUpTo"/> sectors) and the shocks.</summary>
    /// <exception cref="RequestException">A size is out of range.</exception>
    public static Answer<MrioBenchJson> Handle(int regions, int sectors, int seed, int inverseUpTo)
    {
        if (regions < 1 || sectors < 1) throw new RequestException("--sectors", $"{regions} regions × {sectors} sectors; expected at least 1 of each");
        var n = (long)regions * sectors;
        if (n > 20_000) throw new RequestException("--sectors", $"{n:N0} sectors would need about {5.0 * n * n * 8 / 1e9:0} GB of dense matrices; expected at most 20,000");
        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        double Lap() { var t = clock.Elapsed.TotalSeconds; clock.Restart(); return t; }
        var system = SyntheticMrio.Generate(regions, sectors, seed);
        var generate = Lap();
        double? inverse = null;
        if (n <= inverseUpTo)
        {
            var x0 = MrioCalculator.TotalOutput(system);
            _ = MrioCalculator.Leontief(MrioCalculator.ScaleColumns(system.Z.Values, (int)n, (int)n, MrioCalculator.Reciprocal(x0)), (int)n);
            inverse = Lap();
        }
        var model = MrioModel.WithoutInverse(system);
        var setup = Lap();
        _ = model.ValueAddedMultipliers();
        var multipliers = Lap();
        var losses = Enumerable.Range(0, Math.Min(10, sectors)).Select(k => new SectorOutputLoss("r1", $"s{k + 1}", 0.5)).ToList();
        _ = model.SupplyShock(losses);
        var supply = Lap();
        var dy = new double[n];
        for (var k = 0; k < sectors; k++) dy[k] = model.Output[k] * 0.1;
        _ = model.DemandShock(dy);
        var demand = Lap();
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpu0).TotalSeconds;
        var peak = process.PeakWorkingSet64 / (1024.0 * 1024.0);
        static string S(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
        var table = new Table($"MRIO benchmark: {n:N0} sectors ({regions} regions × {sectors})", "step", "seconds").Numeric(1);
        table.Add("generate Z, Y", S(generate))
            .Add("full inverse L = (I − A)⁻¹ (MathNet LU)", inverse is { } inv ? S(inv) : $"not run (over --inverse-up-to {inverseUpTo})")
            .Add("x, A, I − A (no inverse)", S(setup))
            .Add("value-added multipliers v'L (one transposed solve)", S(multipliers))
            .Add($"supply shock, {losses.Count} sectors (Ghosh/inoperability: {losses.Count} transposed solves)", S(supply))
            .Add("demand shock L·Δy (one solve)", S(demand));
        table.Note($"Wall-clock seconds; the process used {cpu:0.0} s of CPU in all (on a loaded machine wall-clock includes waiting for a core). Peak working set {peak:N0} MB.");
        table.Note($"Solves: MathNet BiCGStab on I − A to a relative residual of {LeontiefOperator.Tolerance:0e+0}; the full inverse: MathNet's managed LU. Synthetic generator: {nameof(SyntheticMrio)} (seed {seed}).");
        return new(new MrioBenchJson(n, regions, sectors, R(generate), inverse is { } i ? R(i) : null, R(setup), R(multipliers), R(supply), R(demand), R(cpu), Math.Round(peak, 1)), [table]);
    }

    private static double R(double v) => Math.Round(v, 4);
}
