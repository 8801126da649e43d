using Chokepoint.Application.Inputs;
using Chokepoint.Data.Diagnostics;
using Chokepoint.Data.Sources;
using Chokepoint.Model;
using Chokepoint.Simulation.Scenarios;

namespace Chokepoint.Application.Handlers;

/// <summary>Reads a scenario for every command and page that takes one: a built-in name, a file (CLI) or a YAML text (web).</summary>
public static class ScenarioLoader
{
    /// <summary>
    /// A file when <paramref name="arg"/> is one (and <paramref name="files"/> allows it), else a built-in name.
    /// Errors are a <see cref="RequestException"/> carrying the diagnostics (file, line, column).
    /// </summary>
    public static LoadedScenario Load(Session s, string? arg, string parameter, bool files)
    {
        ArgumentNullException.ThrowIfNull(s);
        var dataset = s.Dataset;
        if (string.IsNullOrWhiteSpace(arg))
            throw new RequestException(parameter, $"{parameter} is required; expected a built-in scenario ({BuiltInNames(dataset)})");
        var name = arg.Trim();
        var diagnostics = new DiagnosticBag();
        Scenario? scenario;
        if (files && Directory.Exists(name))
            throw new RequestException(parameter, $"'{Resolve.Clip(name)}' is a folder; expected a scenario file (.yaml) or a built-in scenario ({BuiltInNames(dataset)})");
        if (files && File.Exists(name))
            scenario = ReadFile(name, parameter, diagnostics) is { } text ? ScenarioParser.Parse(name, text, dataset, diagnostics) : null;
        else if (ScenarioCatalog.Find(dataset, name) is { } builtIn)
        {
            name = builtIn.Name;
            scenario = ScenarioCatalog.Parse(dataset, builtIn, diagnostics);
        }
        else if (files && (name.EndsWith(".yaml", StringComparison.Ordinal) || name.EndsWith(".yml", StringComparison.Ordinal) || name.Contains('/', StringComparison.Ordinal)))
            throw new RequestException(parameter, $"scenario file '{Resolve.Clip(name)}' does not exist", ErrorKind.NotFound);
        else
            throw new RequestException(parameter, files
                ? $"'{Resolve.Clip(name)}' is neither a scenario file nor a built-in scenario; built-in: {BuiltInNames(dataset)}"
                : $"'{Resolve.Clip(name)}' is not a built-in scenario; built-in: {BuiltInNames(dataset)}", ErrorKind.NotFound);
        return Checked(scenario, name, parameter, diagnostics);
    }

    /// <summary>A scenario written as YAML text (the web's editor and upload).</summary>
    public static LoadedScenario FromText(Session s, string yaml, string parameter)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(yaml);
        var diagnostics = new DiagnosticBag();
        var scenario = ScenarioParser.Parse("scenario.yaml", yaml, s.Dataset, diagnostics);
        return Checked(scenario, scenario?.Name ?? "scenario.yaml", parameter, diagnostics);
    }

    /// <summary>The built-in scenarios that parse against the dataset, with their names and texts.</summary>
    public static IReadOnlyList<(string Name, Scenario Scenario, string Yaml)> BuiltIns(Dataset dataset, DiagnosticBag? diagnostics = null)
    {
        var list = new List<(string, Scenario, string)>();
        foreach (var b in ScenarioCatalog.BuiltIns(dataset))
            if (ScenarioCatalog.Parse(dataset, b, diagnostics ?? new DiagnosticBag()) is { } sc) list.Add((b.Name, sc, b.Text));
        return list;
    }

    /// <summary>A built-in scenario by name, or null when the dataset has none of that name or it does not parse.</summary>
    public static Scenario? BuiltIn(Dataset dataset, string name) =>
        ScenarioCatalog.Find(dataset, name) is { } b ? ScenarioCatalog.Parse(dataset, b, new DiagnosticBag()) : null;

    private static string BuiltInNames(Dataset dataset) => string.Join(", ", ScenarioCatalog.BuiltIns(dataset).Select(b => b.Name));

    private static LoadedScenario Checked(Scenario? scenario, string name, string parameter, DiagnosticBag diagnostics)
    {
        if (scenario is not null && !diagnostics.HasErrors) return new LoadedScenario(scenario, name, diagnostics.Items);
        var errors = diagnostics.Items.Count(d => d.Severity == Severity.Error);
        throw new RequestException(parameter, errors == 0 ? $"the scenario '{Resolve.Clip(name)}' could not be read" : $"the scenario has {errors} error(s)", ErrorKind.InvalidData)
        {
            Diagnostics = diagnostics.Items,
        };
    }

    private static string? ReadFile(string path, string parameter, DiagnosticBag diagnostics)
    {
        var read = RegularFile.Read(path, ScenarioParser.MaxFileBytes);
        if (read.Bytes is null)
            throw new RequestException(parameter, $"scenario file '{path}' {read.Problem}; expected a YAML file of at most {ScenarioParser.MaxFileBytes / 1024} KB", ErrorKind.InvalidData);
        return GuardedText.Decode(path, read.Bytes, diagnostics);
    }
}
