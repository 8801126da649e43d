using System.Globalization;
using System.Text;
using Chokepoint.Model.Macro;

namespace Chokepoint.Testing;

/// <summary>Small MRIO systems for tests, in memory or written in pymrio's raw test-MRIO layout.</summary>
public static class MrioBuilder
{
    /// <summary>
    /// Two regions (A, B) of one sector (s), one final-demand category each, value added as the balance:
    /// Z = [[10, 20], [30, 40]], Y = [[50, 40], [10, 120]], so x = [120, 200], VA = [80, 140]. Its L is
    /// (1/17)·[[19.2, 2.4], [6, 22]] by hand.
    /// </summary>
    public static MrioSystem TwoRegions() => Build(["A", "B"], ["s"], [10, 20, 30, 40], [50, 40, 10, 120], [80, 140], emissions: [4, 14], population: [2, 5]);

    /// <summary>A system of the given regions × sectors, one final-demand category ("fd") per region.</summary>
    /// <param name="z">Z row-major, n × n with n = regions × sectors.</param>
    /// <param name="y">Y row-major, n × regions.</param>
    /// <param name="valueAdded">One value per (region, sector), the "factor_inputs" extension.</param>
    /// <param name="emissions">Optional one-row "emissions" extension (air, kg), with zero F_Y.</param>
    /// <param name="population">Optional population per region.</param>
    public static MrioSystem Build(string[] regions, string[] sectors, double[] z, double[] y, double[] valueAdded, double[]? emissions = null, double[]? population = null)
    {
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentNullException.ThrowIfNull(sectors);
        var keys = regions.SelectMany(r => sectors.Select(s => (IReadOnlyList<string>)[r, s])).ToList();
        var rs = new MrioLabels(["region", "sector"], keys);
        var fd = new MrioLabels(["region", "category"], regions.Select(r => (IReadOnlyList<string>)[r, "fd"]).ToList());
        var extensions = new List<MrioExtension>
        {
            new(MrioSystem.ValueAddedExtension, new MrioMatrix(MrioLabels.Single("inputtype", ["Value Added"]), rs, valueAdded), null, ["Mill USD"]),
        };
        if (emissions is not null)
        {
            var rows = new MrioLabels(["stressor", "compartment"], [["co2", "air"]]);
            extensions.Add(new("emissions", new MrioMatrix(rows, rs, emissions), new MrioMatrix(rows, fd, new double[regions.Length]), ["kg"]));
        }
        var pop = population is null ? null : new MrioMatrix(MrioLabels.Single("", ["Population"]), MrioLabels.Single("region", regions), population);
        return new MrioSystem(new MrioMatrix(rs, rs, z), new MrioMatrix(rs, fd, y), keys.Select(_ => "Mill USD").ToList(), extensions, pop);
    }

    /// <summary>Writes <paramref name="system"/> as pymrio's raw test-MRIO files (trade_flows_Z.txt, …) into <paramref name="folder"/>.</summary>
    public static void WriteRaw(MrioSystem system, string folder)
    {
        ArgumentNullException.ThrowIfNull(system);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "trade_flows_Z.txt"), Table(system.Z, 3, k => [.. k, "Mill USD"]));
        File.WriteAllText(Path.Combine(folder, "finald_demand_Y.txt"), Table(system.Y, 3, k => [.. k, "Mill USD"]));
        foreach (var e in system.Extensions)
        {
            if (e.Name == MrioSystem.ValueAddedExtension) File.WriteAllText(Path.Combine(folder, "factor_input.txt"), Table(e.F, 2, k => [.. k, "Mill USD"]));
            else
            {
                File.WriteAllText(Path.Combine(folder, "emissions.txt"), Table(e.F, 3, k => [.. k, "kg"]));
                if (e.FY is { } fy) File.WriteAllText(Path.Combine(folder, "FDemissions.txt"), Table(fy, 3, k => [.. k, "kg"]));
            }
        }
        if (system.Population is { } p)
            File.WriteAllText(Path.Combine(folder, "population.txt"), "\t" + string.Join('\t', p.Columns.Keys.Select(k => k[0])) + "\nPopulation\t" + string.Join('\t', p.Values.Select(N)) + "\n");
    }

    private static string Table(MrioMatrix m, int indexColumns, Func<IReadOnlyList<string>, string[]> rowKey)
    {
        var sb = new StringBuilder();
        for (var lv = 0; lv < 2; lv++)
            sb.Append(new string('\t', indexColumns - 1)).Append('\t').AppendJoin('\t', m.Columns.Keys.Select(k => k[lv])).Append('\n');
        for (var r = 0; r < m.RowCount; r++)
        {
            sb.AppendJoin('\t', rowKey(m.Rows.Keys[r]));
            for (var c = 0; c < m.ColumnCount; c++) sb.Append('\t').Append(N(m[r, c]));
            sb.Append('\n');
        }
        return sb.ToString();
    }

    private static string N(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
