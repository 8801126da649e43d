using Chokepoint.Application.Inputs;
using Chokepoint.Application.Tables;
using Chokepoint.Application.Wording;
using Chokepoint.Contracts;
using Chokepoint.Data.Diagnostics;

namespace Chokepoint.Application.Handlers;

/// <summary>scenarios: the built-in stress-test scenarios.</summary>
public static class ScenariosHandler
{
    /// <summary>The built-in scenarios; a built-in that does not parse against the dataset is refused with its diagnostics.</summary>
    public static Answer<IReadOnlyList<ScenarioJson>> Handle(Session s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var diagnostics = new DiagnosticBag();
        var builtIns = ScenarioLoader.BuiltIns(s.Dataset, diagnostics);
        if (diagnostics.HasErrors)
            throw new RequestException("scenario", "a built-in scenario has errors", ErrorKind.InvalidData) { Diagnostics = diagnostics.Items };
        var table = new Table("Built-in scenarios", "name", "title", "start", "horizon days", "measures", "description").Kinds(CellKind.Id, 0, 2).Numeric(3, 4).Optional(4, 1);
        foreach (var (name, scenario, _) in builtIns)
            table.Add(name, scenario.Name, Format.Date(scenario.Start), Format.Int(scenario.HorizonDays), Format.Int(scenario.MeasureIds.Count + scenario.Controls.Count), FirstSentence(scenario.Description));
        table.Note("Run one with 'chokepoint simulate NAME' (the Stress tests page on the web).");
        return new(builtIns.Select(b => ScenarioJson.Of(b.Name, b.Scenario)).ToList(), [table]);
    }

    /// <summary>The first sentence of a description: it ends at ". " before a capital, not after an abbreviation ("No. 18", "U.S.").</summary>
    public static string FirstSentence(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var flat = string.Join(' ', text.Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        for (var dot = flat.IndexOf(". ", StringComparison.Ordinal); dot > 0; dot = flat.IndexOf(". ", dot + 2, StringComparison.Ordinal))
        {
            var word = flat[(flat.LastIndexOf(' ', dot - 1) + 1)..dot];
            var next = dot + 2 < flat.Length ? flat[dot + 2] : ' ';
            if (char.IsUpper(next) && word.Length > 3 && !word.Contains('.', StringComparison.Ordinal)) return flat[..(dot + 1)];
        }
        return flat;
    }
}
