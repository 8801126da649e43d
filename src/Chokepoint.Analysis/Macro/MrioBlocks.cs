using Chokepoint.Model.Macro;

namespace Chokepoint.Analysis.Macro;

/// <summary>
/// The region × sector block structure of an MRIO: every region lists the same sectors in the same order,
/// so row i belongs to region i ÷ sectors and sector i mod sectors (pymrio assumes the same).
/// </summary>
internal sealed class MrioBlocks
{
    private readonly Dictionary<string, int> regionIndex;

    private MrioBlocks(IReadOnlyList<string> regionNames, int sectors)
    {
        RegionNames = regionNames;
        Sectors = sectors;
        regionIndex = regionNames.Select((r, i) => (r, i)).ToDictionary(p => p.r, p => p.i, StringComparer.Ordinal);
    }

    public IReadOnlyList<string> RegionNames { get; }

    public int Regions => RegionNames.Count;

    public int Sectors { get; }

    public int Size => Regions * Sectors;

    public int RegionOf(int index) => index / Sectors;

    /// <exception cref="MrioComputationException">The rows are not region blocks of the same sectors.</exception>
    public static MrioBlocks Of(MrioSystem system)
    {
        var regions = system.Regions;
        var sectors = system.Sectors;
        var keys = system.Z.Rows.Keys;
        if (keys.Count != regions.Count * sectors.Count)
            throw new MrioComputationException($"Z has {keys.Count} rows for {regions.Count} regions × {sectors.Count} sectors; expected every region to list the same sectors");
        for (var i = 0; i < keys.Count; i++)
        {
            var (r, s) = (regions[i / sectors.Count], sectors[i % sectors.Count]);
            if (keys[i][0] != r || keys[i][^1] != s)
                throw new MrioComputationException($"row {i + 1} of Z is '{string.Join('/', keys[i])}'; expected '{r}/{s}' (regions in blocks, each with the sectors in the same order)");
        }
        return new MrioBlocks(regions, sectors.Count);
    }

    /// <summary>A rows × regions array: each row's values summed over the columns of each region (first column level).</summary>
    public double[] SumColumnsByRegion(MrioMatrix m)
    {
        var rows = m.RowCount;
        var cols = m.ColumnCount;
        var result = new double[rows * Regions];
        var target = new int[cols];
        for (var c = 0; c < cols; c++)
            target[c] = regionIndex.TryGetValue(m.Columns.Keys[c][0], out var r) ? r
                : throw new MrioComputationException($"column '{m.Columns.Name(c)}' names region '{m.Columns.Keys[c][0]}', which Z does not have");
        for (var i = 0; i < rows; i++)
            for (var c = 0; c < cols; c++) result[(i * Regions) + target[c]] += m.Values[(i * cols) + c];
        return result;
    }

    /// <summary>A matrix with one column per region from per-region sums, plus <paramref name="add"/> when given (same shape).</summary>
    public MrioMatrix ByRegion(MrioLabels rows, double[] sums, double[]? add)
    {
        if (add is not null)
            for (var i = 0; i < sums.Length; i++) sums[i] += add[i];
        return new MrioMatrix(rows, MrioLabels.Single("region", RegionNames), sums);
    }

    /// <summary>Per-region values divided by each region's population (the population table's one row, columns by region name).</summary>
    public MrioMatrix PerCapita(MrioMatrix perRegion, MrioMatrix population)
    {
        var pop = new double[Regions];
        for (var r = 0; r < Regions; r++)
        {
            var c = Enumerable.Range(0, population.ColumnCount).FirstOrDefault(c => population.Columns.Keys[c][0] == RegionNames[r], -1);
            pop[r] = c < 0 ? throw new MrioComputationException($"population has no column for region '{RegionNames[r]}'; expected one per region") : population[0, c];
        }
        var values = new double[perRegion.Values.Length];
        for (var i = 0; i < perRegion.RowCount; i++)
            for (var r = 0; r < Regions; r++) values[(i * Regions) + r] = perRegion.Values[(i * Regions) + r] / pop[r];
        return new MrioMatrix(perRegion.Rows, perRegion.Columns, values);
    }
}
