using System.Text.Json;
using Chokepoint.Testing;

namespace Chokepoint.Cli.Tests;

/// <summary>Saved mapping profiles: screen --save-profile stores the --map in the workspace; --profile reads a list with it; --map pairs override it.</summary>
public sealed class MappingProfileCliTests
{
    private const string Erp = "Part No;HS code;COO;Use\nA;8505111000;CHN;military\n";

    [Fact]
    public void A_saved_profile_reads_the_next_list_with_the_same_headers()
    {
        using var dir = new TempDir();
        var db = Path.Combine(dir.Path, "w.db");
        var file = Path.Combine(dir.Path, "erp.csv");
        File.WriteAllText(file, Erp);
        var (exit, _, stderr) = InProcess.Cli("screen", file, "--destination", "USA", "--as-of", "2025-10-20", "--db", db,
            "--map", "part=Part No,code=HS code,origin=COO", "--save-profile", "erp");
        Assert.True(exit == 0, stderr);
        var (again, stdout, err) = InProcess.Cli("screen", file, "--destination", "USA", "--as-of", "2025-10-20", "--db", db, "--profile", "erp", "--map", "end_use=Use", "--format", "json");
        Assert.True(again == 0, err);
        var part = JsonDocument.Parse(stdout).RootElement[0];
        Assert.Equal("A", part.GetProperty("part").GetString());
        Assert.Equal("military", part.GetProperty("end_use").GetString());
        Assert.Contains("CHN-MOFCOM-2024-46-MIL-2025-18", part.GetProperty("measures").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void An_unknown_profile_is_refused_naming_the_saved_ones_and_a_bad_name_is_refused()
    {
        using var dir = new TempDir();
        var db = Path.Combine(dir.Path, "w.db");
        var file = Path.Combine(dir.Path, "erp.csv");
        File.WriteAllText(file, Erp);
        Assert.Equal(0, InProcess.Cli("screen", file, "--destination", "USA", "--db", db, "--map", "part=Part No,code=HS code,origin=COO", "--save-profile", "erp").Exit);
        var (exit, _, stderr) = InProcess.Cli("screen", file, "--destination", "USA", "--db", db, "--profile", "sap");
        Assert.NotEqual(0, exit);
        Assert.Contains("no profile 'sap'", stderr, StringComparison.Ordinal);
        Assert.Contains("saved: erp", stderr, StringComparison.Ordinal);
        var (bad, _, badErr) = InProcess.Cli("screen", file, "--destination", "USA", "--db", db, "--map", "part=Part No", "--save-profile", "../x");
        Assert.Equal(1, bad);
        Assert.Contains("--save-profile '../x' is not a profile name", badErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Changes_reads_a_parts_list_with_a_saved_profile()
    {
        using var dir = new TempDir();
        var db = Path.Combine(dir.Path, "w.db");
        var file = Path.Combine(dir.Path, "erp.csv");
        File.WriteAllText(file, "Part No;HS code;COO;Ship\nV;850511;CHN;VNM\n");
        Assert.Equal(0, InProcess.Cli("screen", file, "--destination", "USA", "--db", db, "--map", "part=Part No,code=HS code,origin=COO,supplier_country=Ship", "--save-profile", "erp").Exit);
        var (exit, stdout, stderr) = InProcess.Cli("changes", "--since", "2025-11-01", "--until", "2025-11-30", "--parts", file, "--destination", "USA", "--db", db, "--profile", "erp", "--format", "json");
        Assert.True(exit == 0, stderr);
        var part = JsonDocument.Parse(stdout).RootElement.GetProperty("parts")[0];
        Assert.Equal("V", part.GetProperty("part").GetString());
    }
}
