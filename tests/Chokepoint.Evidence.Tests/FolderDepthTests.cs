using Chokepoint.Evidence.Text;
using Chokepoint.Testing;

namespace Chokepoint.Evidence.Tests;

/// <summary>Issue 23 §10: ingest slowed with folder depth (20.5 s at 1,000 levels, over 120 s at 3,000) as every level resolved its path from the root.</summary>
public sealed class FolderDepthTests : IDisposable
{
    private readonly TempDir _dir = new();

    // A chain of `levels` folders named "d" under docs/, with a file at each depth listed in `filesAt`.
    private string Chain(int levels, params int[] filesAt)
    {
        var root = _dir.Sub("docs");
        var path = root;
        for (var level = 1; level <= levels; level++)
        {
            path = Path.Combine(path, "d");
            Directory.CreateDirectory(path);
            if (filesAt.Contains(level)) File.WriteAllText(Path.Combine(path, $"at-{level}.txt"), "China refines 90% of rare earths.");
        }
        return root;
    }

    [Fact]
    public void Folders_deeper_than_the_cap_are_not_read_and_are_named()
    {
        var root = Chain(300, 3, DocumentFolder.MaxDepth, DocumentFolder.MaxDepth + 1, 299);
        var tooDeep = new List<string>();

        var files = DocumentFolder.Files(root, tooDeep);

        Assert.Equal(["at-3.txt", $"at-{DocumentFolder.MaxDepth}.txt"], files.Select(f => Path.GetFileName(f.Name)));
        Assert.Equal(string.Join("/", Enumerable.Repeat("d", DocumentFolder.MaxDepth + 1)), Assert.Single(tooDeep));
    }

    [Fact]
    public void A_link_inside_a_deep_chain_still_leads_to_each_real_folder_once()
    {
        if (OperatingSystem.IsWindows()) return;
        var root = Chain(40, 40);
        var deepest = Path.Combine([root, .. Enumerable.Repeat("d", 40)]);
        Directory.CreateSymbolicLink(Path.Combine(deepest, "back"), Path.Combine(root, "d"));

        var files = DocumentFolder.Files(root);

        Assert.Single(files);
    }

    [Fact]
    public void Ingest_reports_a_folder_past_the_cap_as_skipped_with_the_reason()
    {
        var root = Chain(DocumentFolder.MaxDepth + 2, DocumentFolder.MaxDepth + 2);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = Chokepoint.Cli.CliApp.Run(["ingest", root, "--db", Path.Combine(_dir.Path, "ws.db"), "--format", "json"], output, error);

        Assert.Equal(0, code);
        Assert.Contains($"folder nested more than {DocumentFolder.MaxDepth} levels below", output.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();
}
