using Chokepoint.Testing;

namespace Chokepoint.Cli.Tests;

/// <summary>chokepoint mrio calc: writes pymrio's layout atomically, re-runs over its own output, exits 2 on bad data.</summary>
public sealed class MrioCliTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Calc_writes_the_core_and_every_extension_account_and_can_run_again_over_them()
    {
        var raw = _dir.Sub("raw");
        MrioBuilder.WriteRaw(MrioBuilder.TwoRegions(), raw);
        var output = Path.Combine(_dir.Path, "out");
        var first = InProcess.Cli("mrio", "calc", raw, "--out", output, "--format", "json");
        Assert.Equal(0, first.Exit);
        foreach (var f in new[] { "x.txt", "Z.txt", "Y.txt", "A.txt", "L.txt", "file_parameters.json", "factor_inputs/D_cba_reg.txt", "emissions/D_exp.txt", "emissions/M.txt" })
            Assert.True(File.Exists(Path.Combine(output, f)), f);
        Assert.Contains("A\ts\t120", File.ReadAllText(Path.Combine(output, "x.txt")), StringComparison.Ordinal);
        Assert.Equal(0, InProcess.Cli("mrio", "calc", raw, "--out", output).Exit);
    }

    [Fact]
    public void Calc_on_a_folder_that_is_not_an_MRIO_exits_2_and_names_it()
    {
        var (exit, _, err) = InProcess.Cli("mrio", "calc", _dir.Sub("nothing"), "--out", Path.Combine(_dir.Path, "o"));
        Assert.Equal(2, exit);
        Assert.Contains("trade_flows_Z.txt", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Macro_without_an_mrio_exits_1_and_says_how_to_get_one()
    {
        var (exit, _, err) = InProcess.Cli("macro", "rare-earth-embargo");
        Assert.Equal(1, exit);
        Assert.Contains("--mrio", err, StringComparison.Ordinal);
        Assert.Contains("pymrio", err, StringComparison.Ordinal);
        Assert.Contains("OECD ICIO", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Macro_puts_the_lost_cars_in_their_sector_as_a_share_of_its_output_and_reports_value_added_lost()
    {
        // Two regions of one sector D29 each (the hand system, in Mill USD, scaled by 1,000): a full rare-earth embargo
        // stops cars in both; every shocked sector loses exactly its products' lost dollars ÷ its output.
        var raw = _dir.Sub("mrio");
        var z = new double[] { 10, 20, 30, 40 }.Select(v => v * 1000).ToArray();
        var y = new double[] { 50, 40, 10, 120 }.Select(v => v * 1000).ToArray();
        MrioBuilder.WriteRaw(MrioBuilder.Build(["USA", "DEU"], ["D29"], z, y, [80_000, 140_000]), raw);
        var map = Path.Combine(_dir.Path, "map.csv");
        File.WriteAllText(map, "item,sector,classification,source,note\nconventional-car,D29,OECD ICIO 2021,oecd-icio-2021-industries,\nelectric-car,D29,OECD ICIO 2021,oecd-icio-2021-industries,\n");
        var (exit, stdout, err) = InProcess.Cli("macro", "rare-earth-embargo", "--mrio", raw, "--map", map, "--format", "json");
        Assert.True(exit == 0, err);
        var j = System.Text.Json.JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(1e6, j.GetProperty("usd_per_unit").GetDouble());
        Assert.Equal("ghosh-supply", j.GetProperty("method").GetString());
        var output = new Dictionary<string, double> { ["USA"] = 120_000, ["DEU"] = 200_000 };
        var shocks = j.GetProperty("shocks").EnumerateArray().ToList();
        Assert.NotEmpty(shocks);
        foreach (var s in shocks)
        {
            var region = s.GetProperty("region").GetString()!;
            var f = Math.Min(1, s.GetProperty("lost_output_usd").GetDouble() / (output[region] * 1e6));
            Assert.Equal(f, s.GetProperty("lost_fraction").GetDouble(), 6);
            var sector = j.GetProperty("sectors").EnumerateArray().Single(x => x.GetProperty("region").GetString() == region);
            Assert.True(sector.GetProperty("exogenous").GetBoolean());
            Assert.Equal(s.GetProperty("lost_fraction").GetDouble(), sector.GetProperty("inoperability").GetDouble(), 9);
        }
        var bad = Path.Combine(_dir.Path, "bad.csv");
        File.WriteAllText(bad, "item,sector,classification,source,note\nno-such,D29,x,y,\n");
        var (badExit, _, badErr) = InProcess.Cli("macro", "rare-earth-embargo", "--mrio", raw, "--map", bad);
        Assert.Equal(2, badExit);
        Assert.Contains("no-such", badErr, StringComparison.Ordinal);
    }
}
