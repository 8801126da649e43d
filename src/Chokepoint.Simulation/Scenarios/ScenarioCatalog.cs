using Chokepoint.Data.Diagnostics;
using Chokepoint.Model;

namespace Chokepoint.Simulation.Scenarios;

/// <summary>A built-in scenario of a dataset (scenarios/*.yaml): its name (file name without .yaml) and text.</summary>
public sealed record BuiltInScenario(string Name, string File, string Text);

/// <summary>The scenarios shipped with a dataset, and resolution of a command-line SCENARIO (file path or built-in name).</summary>
public static class ScenarioCatalog
{
    /// <summary>The built-in scenarios of <paramref name="dataset"/>, by name.</summary>
    public static IReadOnlyList<BuiltInScenario> BuiltIns(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return dataset.Tables.ScenarioFiles
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new BuiltInScenario(Path.GetFileNameWithoutExtension(kv.Key), "scenarios/" + kv.Key, kv.Value))
            .ToList();
    }

    /// <summary>The built-in scenario called <paramref name="name"/> (with or without .yaml), or null.</summary>
    public static BuiltInScenario? Find(Dataset dataset, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var bare = name.EndsWith(".yaml", StringComparison.Ordinal) ? name[..^5] : name;
        return BuiltIns(dataset).FirstOrDefault(s => s.Name == bare);
    }

    /// <summary>Parses a built-in scenario against its dataset.</summary>
    public static Scenario? Parse(Dataset dataset, BuiltInScenario builtIn, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(builtIn);
        return ScenarioParser.Parse(builtIn.File, builtIn.Text, dataset, diagnostics);
    }

    /// <summary>Every problem of every built-in scenario of <paramref name="dataset"/> (ids checked against it), for 'validate'.</summary>
    public static IReadOnlyList<Diagnostic> Check(Dataset dataset)
    {
        var diagnostics = new DiagnosticBag();
        foreach (var builtIn in BuiltIns(dataset)) Parse(dataset, builtIn, diagnostics);
        return diagnostics.Items;
    }
}
