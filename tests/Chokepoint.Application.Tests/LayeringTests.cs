using System.Xml.Linq;

namespace Chokepoint.Application.Tests;

/// <summary>
/// Issue 20 §1: dependencies point inward. Read from the projects' own files, so a new reference that breaks the layers
/// fails here before it spreads: domain → contracts → application → report renderer → surfaces (docs/architecture.md).
/// </summary>
public sealed class LayeringTests
{
    private static readonly string[] Surfaces = ["Chokepoint.Cli", "Chokepoint.Web"];
    private const string Renderer = "Chokepoint.Reports";
    private const string Application = "Chokepoint.Application";
    private const string Contracts = "Chokepoint.Contracts";

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Chokepoint.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Chokepoint.slnx not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Every project under src/ with the projects it references directly.</summary>
    private static Dictionary<string, List<string>> Graph() =>
        Directory.GetFiles(Path.Combine(Root(), "src"), "*.csproj", SearchOption.AllDirectories).ToDictionary(
            p => Path.GetFileNameWithoutExtension(p),
            p => XDocument.Load(p).Descendants("ProjectReference").Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value)).ToList());

    private static bool IsDomain(string project) => !Surfaces.Contains(project) && project is not (Renderer or Application or Contracts);

    [Fact]
    public void Domain_projects_reference_only_domain_projects()
    {
        foreach (var (project, refs) in Graph().Where(p => IsDomain(p.Key)))
            Assert.True(refs.All(IsDomain), $"{project} references {string.Join(", ", refs.Where(r => !IsDomain(r)))}: the domain must not know contracts, the application or a surface");
    }

    [Fact]
    public void Contracts_reference_only_the_domain_and_the_application_only_contracts_and_the_domain()
    {
        var graph = Graph();
        Assert.All(graph[Contracts], r => Assert.True(IsDomain(r), $"{Contracts} references {r}"));
        Assert.All(graph[Application], r => Assert.True(IsDomain(r) || r == Contracts, $"{Application} references {r}: the application layer knows no renderer or surface"));
    }

    [Fact]
    public void Surfaces_and_the_renderer_call_the_application_layer_not_the_libraries_below_it()
    {
        var graph = Graph();
        Assert.Equal([Application], graph[Renderer]);
        Assert.Equal([Application], graph["Chokepoint.Web"]);
        Assert.Equal([Application, Renderer, "Chokepoint.Web"], graph["Chokepoint.Cli"].Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void No_surface_uses_another_surface_except_the_cli_hosting_the_web_app_in_serve()
    {
        var cli = Path.Combine(Root(), "src", "Chokepoint.Cli");
        var users = Directory.GetFiles(cli, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("Chokepoint.Web", StringComparison.Ordinal))
            .Select(Path.GetFileName).ToList();
        Assert.Equal(["ServeCommand.cs"], users);
        var web = Path.Combine(Root(), "src", "Chokepoint.Web");
        Assert.DoesNotContain(Directory.GetFiles(web, "*.cs*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)),
            f => File.ReadAllText(f).Contains("Chokepoint.Cli", StringComparison.Ordinal) || File.ReadAllText(f).Contains("Chokepoint.Reports", StringComparison.Ordinal));
    }
}
