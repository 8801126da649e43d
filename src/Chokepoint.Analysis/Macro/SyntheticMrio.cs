using Chokepoint.Model.Macro;

namespace Chokepoint.Analysis.Macro;

/// <summary>
/// A seeded synthetic MRIO for benchmarks: regions × sectors, dense inter-industry flows (flows within a
/// region ten times those across), final demand large enough that every column of A sums below about 0.6,
/// so I − A is invertible. Dense on purpose: the Leontief inverse of a real MRIO is dense whatever Z is.
/// Same seed, same system.
/// </summary>
public static class SyntheticMrio
{
    /// <summary>Generates the system; value added is the balance (no extensions).</summary>
    /// <param name="regions">Regions, ≥ 1.</param>
    /// <param name="sectors">Sectors per region, ≥ 1.</param>
    /// <param name="seed">Seed of the generator.</param>
    public static MrioSystem Generate(int regions, int sectors, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(regions, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(sectors, 1);
        var n = checked(regions * sectors);
        var random = new Random(seed);
        var z = new double[checked(n * n)];
        var colSums = new double[n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
            {
                var v = random.NextDouble() * (i / sectors == j / sectors ? 10 : 1);
                z[(i * n) + j] = v;
                colSums[j] += v;
            }
        var y = new double[n * regions];
        for (var i = 0; i < n; i++)
        {
            var rowSum = 0.0;
            for (var j = 0; j < n; j++) rowSum += z[(i * n) + j];
            // Final demand lifts output to at least 1.7 × the column's inputs: A's column sums stay below 0.6.
            var need = Math.Max(0, (1.7 * colSums[i]) - rowSum);
            var total = need + (0.1 * colSums[i] * random.NextDouble());
            for (var r = 0; r < regions; r++) y[(i * regions) + r] = total / regions;
        }
        var names = Enumerable.Range(0, regions).Select(r => $"r{r + 1}").ToArray();
        var keys = names.SelectMany(r => Enumerable.Range(0, sectors).Select(s => (IReadOnlyList<string>)[r, $"s{s + 1}"])).ToList();
        var rows = new MrioLabels(["region", "sector"], keys);
        var fd = new MrioLabels(["region", "category"], names.Select(r => (IReadOnlyList<string>)[r, "fd"]).ToList());
        return new MrioSystem(new MrioMatrix(rows, rows, z), new MrioMatrix(rows, fd, y), keys.Select(_ => "synthetic").ToList(), [], null);
    }
}
