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
}
