using Chokepoint.Data.Mrio;
using Chokepoint.Model.Macro;
using Chokepoint.Testing;

namespace Chokepoint.Data.Tests.Mrio;

/// <summary>Reading pymrio's raw test layout and its saved layout, writing at full precision, and naming bad cells.</summary>
public sealed class MrioFolderTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Raw_layout_is_read_with_units_split_off_and_extensions_named_as_pymrio_does()
    {
        var folder = _dir.Sub("raw");
        MrioBuilder.WriteRaw(MrioBuilder.TwoRegions(), folder);
        var s = MrioFolderReader.Read(folder);
        Assert.Equal(["A", "B"], s.Regions);
        Assert.Equal(["region", "sector"], s.Z.Rows.LevelNames);
        Assert.Equal([10.0, 20, 30, 40], s.Z.Values);
        Assert.Equal(["factor_inputs", "emissions"], s.Extensions.Select(e => e.Name));
        Assert.Equal(["kg"], s.Extensions[1].Units);
        Assert.Equal(5.0, s.Population![0, 1]);
    }

    [Fact]
    public void Saved_layout_reads_back_every_value_bit_for_bit()
    {
        var original = MrioBuilder.Build(["A", "B"], ["s"], [0.1, 1.0 / 3, 2e-17, 123456789.123456789], [1, 2, 3, 4], [Math.PI, Math.E]);
        var folder = _dir.Sub("saved");
        MrioFolderWriter.Write(folder,
        [
            new MrioOutputTable("", "Z", "", original.Z), new MrioOutputTable("", "Y", "", original.Y),
            new MrioOutputTable("", "unit", "", null, original.Z.Rows, original.Units),
            new MrioOutputTable("factor_inputs", "F", "factor_inputs", original.Extensions[0].F),
        ]);
        var back = MrioFolderReader.Read(folder);
        Assert.Equal(original.Z.Values, back.Z.Values);
        Assert.Equal(original.Extensions[0].F.Values, back.Extensions[0].F.Values);
        Assert.Equal(["region", "sector"], back.Z.Columns.LevelNames);
        Assert.StartsWith("region\t\tA\tB\nsector\t\ts\ts\nregion\tsector\t\t\n", File.ReadAllText(Path.Combine(folder, "Z.txt")).ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_that_is_not_a_number_is_named_by_file_line_and_column()
    {
        var folder = _dir.Sub("bad");
        MrioBuilder.WriteRaw(MrioBuilder.TwoRegions(), folder);
        var path = Path.Combine(folder, "trade_flows_Z.txt");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\t40", "\tforty", StringComparison.Ordinal));
        var ex = Assert.Throws<MrioFormatException>(() => MrioFolderReader.Read(folder));
        Assert.Contains("trade_flows_Z.txt:4:5: 'forty' is not a finite number", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Final_demand_rows_that_differ_from_Z_are_refused()
    {
        var s = MrioBuilder.TwoRegions();
        var swapped = new MrioMatrix(new MrioLabels(["region", "sector"], [["B", "s"], ["A", "s"]]), s.Y.Columns, s.Y.Values);
        var ex = Assert.Throws<MrioFormatException>(() => MrioConsistency.Check(s with { Y = swapped }));
        Assert.Contains("Y rows entry 1 is 'B/s'; expected 'A/s'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_MRIO_files_says_what_it_expected()
    {
        var ex = Assert.Throws<MrioFormatException>(() => MrioFolderReader.Read(_dir.Sub("empty")));
        Assert.Contains("file_parameters.json", ex.Message, StringComparison.Ordinal);
    }
}
