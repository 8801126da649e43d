using System.Text.Json;
using Chokepoint.Model.Macro;

namespace Chokepoint.Data.Mrio;

/// <summary>
/// Reads an MRIO folder in pymrio's text layout. Two forms are accepted: a folder saved by pymrio
/// (<c>file_parameters.json</c> naming Z, Y, unit and population, one sub-folder per extension with its
/// own <c>file_parameters.json</c>, F, F_Y and unit), and the raw files of pymrio's test MRIO
/// (<c>trade_flows_Z.txt</c>, <c>finald_demand_Y.txt</c>, <c>factor_input.txt</c>, <c>emissions.txt</c>,
/// <c>FDemissions.txt</c>, <c>population.txt</c>), read as pymrio's <c>load_test</c> reads them.
/// </summary>
public static class MrioFolderReader
{
    private const string Parameters = "file_parameters.json";
    private static readonly string[] RegionSector = ["region", "sector"];
    private static readonly string[] RegionCategory = ["region", "category"];

    /// <summary>Reads and checks the system in <paramref name="folder"/>.</summary>
    /// <exception cref="MrioFormatException">The folder is not an MRIO in either form, or a table is malformed or inconsistent.</exception>
    public static MrioSystem Read(string folder)
    {
        if (!Directory.Exists(folder)) throw new MrioFormatException($"'{folder}' is not a folder; expected an MRIO folder in pymrio's text layout");
        MrioSystem system;
        if (File.Exists(Path.Combine(folder, Parameters))) system = ReadSaved(folder);
        else if (File.Exists(Path.Combine(folder, "trade_flows_Z.txt"))) system = ReadRaw(folder);
        else throw new MrioFormatException($"'{folder}' has neither {Parameters} (a folder saved by pymrio) nor trade_flows_Z.txt (pymrio's raw test layout)");
        MrioConsistency.Check(system);
        return system;
    }

    private static MrioSystem ReadRaw(string folder)
    {
        string P(string f) => Path.Combine(folder, f);
        var (z, units) = SplitUnit(MrioTableFile.Read(P("trade_flows_Z.txt"), 3, 2, ["region", "sector", "unit"], RegionSector));
        var (y, _) = SplitUnit(MrioTableFile.Read(P("finald_demand_Y.txt"), 3, 2, ["region", "sector", "unit"], RegionCategory));
        var extensions = new List<MrioExtension>();
        if (File.Exists(P("factor_input.txt")))
        {
            var (f, u) = SplitUnit(MrioTableFile.Read(P("factor_input.txt"), 2, 2, ["inputtype", "unit"], RegionSector));
            extensions.Add(new MrioExtension(MrioSystem.ValueAddedExtension, f, null, u));
        }
        if (File.Exists(P("emissions.txt")))
        {
            var (f, u) = SplitUnit(MrioTableFile.Read(P("emissions.txt"), 3, 2, ["stressor", "compartment", "unit"], RegionSector));
            MrioMatrix? fy = null;
            if (File.Exists(P("FDemissions.txt"))) fy = SplitUnit(MrioTableFile.Read(P("FDemissions.txt"), 3, 2, ["stressor", "compartment", "unit"], RegionCategory)).Table;
            extensions.Add(new MrioExtension("emissions", f, fy, u));
        }
        var population = File.Exists(P("population.txt")) ? MrioTableFile.Read(P("population.txt"), 1, 1, [""], ["region"]) : null;
        return new MrioSystem(z, y, units, extensions, population);
    }

    private static MrioSystem ReadSaved(string folder)
    {
        var files = Files(Path.Combine(folder, Parameters));
        var z = Table(folder, files, "Z", required: true)!;
        var y = Table(folder, files, "Y", required: true)!;
        var units = Units(folder, files, z.RowCount);
        var population = Table(folder, files, "population", required: false);
        var extensions = new List<MrioExtension>();
        foreach (var sub in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var para = Path.Combine(sub, Parameters);
            if (!File.Exists(para)) continue;
            var ext = Files(para);
            var f = Table(sub, ext, "F", required: true)!;
            extensions.Add(new MrioExtension(Path.GetFileName(sub), f, Table(sub, ext, "F_Y", required: false), Units(sub, ext, f.RowCount)));
        }
        return new MrioSystem(z, y, units, extensions, population);
    }

    private static (MrioMatrix Table, IReadOnlyList<string> Units) SplitUnit(MrioMatrix m)
    {
        var levels = m.Rows.LevelNames.Count - 1;
        var keys = m.Rows.Keys.Select(k => (IReadOnlyList<string>)k.Take(levels).ToArray()).ToList();
        var rows = new MrioLabels(m.Rows.LevelNames.Take(levels).ToArray(), keys);
        return (new MrioMatrix(rows, m.Columns, m.Values), m.Rows.Keys.Select(k => k[^1]).ToList());
    }

    private sealed record FileSpec(string Name, int IndexColumns, int HeaderRows);

    private static Dictionary<string, FileSpec> Files(string path)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var result = new Dictionary<string, FileSpec>(StringComparer.Ordinal);
            foreach (var f in doc.RootElement.GetProperty("files").EnumerateObject())
                result[f.Name] = new FileSpec(f.Value.GetProperty("name").GetString() ?? "", Int(f.Value.GetProperty("nr_index_col")), Int(f.Value.GetProperty("nr_header")));
            return result;
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or IOException)
        {
            throw new MrioFormatException($"{path}: {ex.Message.TrimEnd('.')}; expected pymrio's file parameters ({{\"files\": {{\"Z\": {{\"name\", \"nr_index_col\", \"nr_header\"}}, …}}}})", ex);
        }
    }

    private static int Int(JsonElement e) => e.ValueKind == JsonValueKind.Number ? e.GetInt32() : int.Parse(e.GetString() ?? "", System.Globalization.CultureInfo.InvariantCulture);

    private static MrioMatrix? Table(string folder, Dictionary<string, FileSpec> files, string key, bool required)
    {
        if (!files.TryGetValue(key, out var spec))
            return required ? throw new MrioFormatException($"{Path.Combine(folder, Parameters)}: no entry for {key}; expected one") : null;
        return MrioTableFile.Read(Path.Combine(folder, spec.Name), spec.IndexColumns, spec.HeaderRows);
    }

    private static List<string> Units(string folder, Dictionary<string, FileSpec> files, int rows)
    {
        if (!files.TryGetValue("unit", out var spec)) return Enumerable.Repeat("", rows).ToList();
        var lines = File.ReadAllLines(Path.Combine(folder, spec.Name)).Skip(spec.HeaderRows).Where(l => l.Length > 0).ToList();
        if (lines.Count != rows) throw new MrioFormatException($"{spec.Name}: {lines.Count} unit rows; expected {rows}, one per row of the table");
        return lines.Select(l => l.Split('\t')[^1]).ToList();
    }
}
