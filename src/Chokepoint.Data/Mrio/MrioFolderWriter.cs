using System.Globalization;
using System.Text;
using System.Text.Json;
using Chokepoint.Model.Macro;

namespace Chokepoint.Data.Mrio;

/// <summary>
/// Writes MRIO tables in pymrio's text layout, as pandas' <c>to_csv(sep="\t")</c> writes them (a header row
/// per column level with the level's name first, a row of index names, then the rows), with a
/// <c>file_parameters.json</c> per folder so that <c>pymrio.load</c> reads the folder back. Numbers are
/// written in the shortest form that reads back to the same double ("R"), not pymrio's default %.12g, so
/// results can be compared cell by cell. Writes into the folder it is given; callers stage and swap it.
/// </summary>
public static class MrioFolderWriter
{
    /// <summary>Writes every table (and one file_parameters.json per folder) under <paramref name="folder"/>.</summary>
    public static void Write(string folder, IEnumerable<MrioOutputTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        foreach (var group in tables.GroupBy(t => t.Folder, StringComparer.Ordinal))
        {
            var dir = group.Key.Length == 0 ? folder : Path.Combine(folder, group.Key);
            Directory.CreateDirectory(dir);
            var files = new Dictionary<string, object>(StringComparer.Ordinal);
            foreach (var t in group)
            {
                var (index, header) = t.Values is { } m ? Write(Path.Combine(dir, t.Name + ".txt"), m) : WriteUnits(Path.Combine(dir, t.Name + ".txt"), t.UnitRows!, t.Units!);
                files[t.Name] = new Dictionary<string, string>
                {
                    ["name"] = t.Name + ".txt",
                    ["nr_index_col"] = index.ToString(CultureInfo.InvariantCulture),
                    ["nr_header"] = header.ToString(CultureInfo.InvariantCulture),
                };
            }
            var first = group.First();
            var para = new Dictionary<string, object> { ["files"] = files, ["systemtype"] = group.Key.Length == 0 ? "IOSystem" : "Extension" };
            if (group.Key.Length > 0) para["name"] = first.SystemName;
            File.WriteAllText(Path.Combine(dir, "file_parameters.json"), JsonSerializer.Serialize(para, JsonOptions) + "\n");
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    /// <summary>Writes one table; returns its number of index columns and header rows.</summary>
    public static (int IndexColumns, int HeaderRows) Write(string path, MrioMatrix m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var sb = new StringBuilder();
        var index = m.Rows.LevelNames.Count;
        var levels = m.Columns.LevelNames.Count;
        if (levels > 1)
        {
            for (var lv = 0; lv < levels; lv++)
            {
                sb.Append(m.Columns.LevelNames[lv]);
                for (var i = 1; i < index; i++) sb.Append('\t');
                for (var c = 0; c < m.ColumnCount; c++) sb.Append('\t').Append(m.Columns.Keys[c][lv]);
                sb.Append('\n');
            }
            if (m.Rows.LevelNames.Any(n => n.Length > 0))
            {
                sb.AppendJoin('\t', m.Rows.LevelNames);
                for (var c = 0; c < m.ColumnCount; c++) sb.Append('\t');
                sb.Append('\n');
            }
        }
        else
        {
            sb.AppendJoin('\t', m.Rows.LevelNames);
            for (var c = 0; c < m.ColumnCount; c++) sb.Append('\t').Append(m.Columns.Keys[c][0]);
            sb.Append('\n');
        }
        for (var r = 0; r < m.RowCount; r++)
        {
            sb.AppendJoin('\t', m.Rows.Keys[r]);
            for (var c = 0; c < m.ColumnCount; c++) sb.Append('\t').Append(m[r, c].ToString("R", CultureInfo.InvariantCulture));
            sb.Append('\n');
        }
        File.WriteAllText(path, sb.ToString());
        return (index, levels);
    }

    private static (int, int) WriteUnits(string path, MrioLabels rows, IReadOnlyList<string> units)
    {
        var sb = new StringBuilder();
        sb.AppendJoin('\t', rows.LevelNames).Append("\tunit\n");
        for (var r = 0; r < rows.Count; r++) sb.AppendJoin('\t', rows.Keys[r]).Append('\t').Append(units[r]).Append('\n');
        File.WriteAllText(path, sb.ToString());
        return (rows.LevelNames.Count, 1);
    }
}
