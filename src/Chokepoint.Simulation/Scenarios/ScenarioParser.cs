using Chokepoint.Data;
using Chokepoint.Data.Diagnostics;
using Chokepoint.Data.Yaml;
using Chokepoint.Model;
using YamlDotNet.RepresentationModel;

namespace Chokepoint.Simulation.Scenarios;

/// <summary>
/// Reads a scenario YAML file (format in docs/model.md). Every problem becomes a diagnostic with the
/// file, line and column; ids are checked against the dataset when one is given.
/// </summary>
public static class ScenarioParser
{
    /// <summary>Longest horizon accepted, in days.</summary>
    public const int MaxHorizonDays = 3650;

    /// <summary>Largest scenario file read, in bytes (1 MiB; a scenario is a page of YAML).</summary>
    public const long MaxFileBytes = 1024 * 1024;

    /// <summary>Parses <paramref name="text"/>; null when it has errors (all reported to <paramref name="diagnostics"/>).</summary>
    public static Scenario? Parse(string file, string text, Dataset? dataset, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var before = diagnostics.Items.Count(d => d.Severity == Severity.Error);
        var root = Chokepoint.Data.Yaml.YamlDocument.Parse(file, text, diagnostics);
        if (root is null)
        {
            if (!diagnostics.HasErrors) diagnostics.Error(file, 1, 1, "empty scenario; expected a mapping with name, start, horizon_days, …");
            return null;
        }
        if (root is not YamlMappingNode mapping)
        {
            diagnostics.Error(file, (int)root.Start.Line, (int)root.Start.Column, "expected a scenario mapping (name:, start:, measures:, …)");
            return null;
        }
        var map = new YamlMap(file, mapping, diagnostics);
        var name = map.Text("name", true);
        var start = map.Date("start", true);
        var horizon = map.Int("horizon_days", 1, MaxHorizonDays) ?? 365;
        var measures = map.List("measures");
        var ignoreSuspensions = ReadBool(map, "ignore_suspensions");
        CheckMeasureIds(map, measures, dataset);
        var controls = ReadControls(map, start ?? default, dataset, diagnostics);
        var demand = ReadDemand(map, dataset, diagnostics);
        var stocks = ReadStocks(map, dataset);
        var expansion = ReadExpansion(map, dataset);
        var uncertain = UncertainReader.Read(map.Map("uncertain"));
        var description = map.Text("description", false) ?? "";
        map.WarnUnknownKeys();
        var after = diagnostics.Items.Count(d => d.Severity == Severity.Error);
        if (after > before || name is null || start is null) return null;
        return new Scenario
        {
            Name = name, Description = description.Trim(), Start = start.Value, HorizonDays = horizon,
            MeasureIds = measures, IgnoreSuspensions = ignoreSuspensions, Controls = controls, Demand = demand, Stocks = stocks,
            Expansion = expansion, Uncertain = uncertain, File = file,
        };
    }

    private static void CheckMeasureIds(YamlMap map, IReadOnlyList<string> ids, Dataset? dataset)
    {
        if (dataset is null) return;
        foreach (var id in ids)
        {
            if (dataset.Measures.ContainsKey(id)) continue;
            // A measure retired for a finer one keeps its id as a prefix (CHN-MOFCOM-2025-NEXPERIA → …-NEXPERIA-CHINA): name it.
            var near = dataset.Measures.Keys.Where(k => k.StartsWith(id, StringComparison.Ordinal) || id.StartsWith(k, StringComparison.Ordinal))
                .Order(StringComparer.Ordinal).FirstOrDefault();
            map.Error("measures", near is not null
                ? $"unknown measure '{id}'; expected an id of controls.yaml (did you mean '{near}'?)"
                : $"unknown measure '{id}'; expected an id of controls.yaml (e.g. {FirstOr(dataset.Measures.Keys, "CHN-MOFCOM-2025-18")})");
        }
    }

    private static List<ControlMeasure> ReadControls(YamlMap map, DateOnly start, Dataset? dataset, DiagnosticBag diagnostics)
    {
        var result = new List<ControlMeasure>();
        var node = map.Node("controls");
        if (node is null) return result;
        if (node is not YamlSequenceNode seq) { map.Error(node, "'controls' must be a list of measures ('- issuer: …')"); return result; }
        foreach (var child in seq.Children)
        {
            if (child is not YamlMappingNode m) { map.Error(child, "expected a measure mapping (issuer, items, destinations, kind, …)"); continue; }
            var cm = new YamlMap(map.File, m, diagnostics);
            var from = cm.Date("from", false) ?? start;
            var until = cm.Date("until", false);
            if (until is { } u && u < from) cm.Error("until", $"until {u:yyyy-MM-dd} is before from {from:yyyy-MM-dd}; expected a later date");
            var measure = ControlsReader.ReadMeasure(cm, idRequired: false, defaultDate: from);
            cm.WarnUnknownKeys();
            if (measure is null || cm.Failed) { map.Error(child, "this control has errors (see above)"); continue; }
            if (measure.Kind == MeasureKind.Suspension) { cm.Error("kind", "ad-hoc controls restrict flows; expected ban or licence"); continue; }
            if (dataset is not null)
                foreach (var item in measure.Items.Where(i => !dataset.Items.ContainsKey(i)))
                    cm.Error("items", $"unknown item '{item}'; expected an id of items.csv");
            result.Add(measure with { Announced = from, Effective = from, Ended = until ?? measure.Ended });
        }
        return result;
    }

    private static List<DemandSelector>? ReadDemand(YamlMap map, Dataset? dataset, DiagnosticBag diagnostics)
    {
        var node = map.Node("demand");
        if (node is null) return null;
        if (node is not YamlSequenceNode seq) { map.Error(node, "'demand' must be a list of {product, country}"); return null; }
        var result = new List<DemandSelector>();
        foreach (var child in seq.Children)
        {
            if (child is not YamlMappingNode m) { map.Error(child, "expected {product: ID, country: ISO3}"); continue; }
            var dm = new YamlMap(map.File, m, diagnostics);
            var product = dm.Text("product", true);
            var country = dm.Text("country", true);
            var units = dm.Number("units_per_year", 0, InputLimits.MaxUnitsPerYear);
            dm.WarnUnknownKeys();
            if (product is null || country is null) { map.Error(child, "incomplete demand entry"); continue; }
            if (dataset is not null)
            {
                if (!dataset.Items.ContainsKey(product)) { dm.Error("product", $"unknown product '{product}'; expected an id of items.csv"); map.Error(child, "invalid demand entry"); continue; }
                if (units is null && !dataset.Tables.Demand.Any(d => d.Product == product && d.Country == country))
                {
                    dm.Error("country", $"demand.csv has no row for {product} in {country}; expected a row there or units_per_year here");
                    map.Error(child, "invalid demand entry");
                    continue;
                }
            }
            result.Add(new DemandSelector(product, country, units));
        }
        return result;
    }

    private static StockOverrides ReadStocks(YamlMap map, Dataset? dataset)
    {
        var sm = map.Map("stocks");
        if (sm is null) return new StockOverrides();
        var defaultDays = sm.Number("default_days", 0, 36500);
        var items = new Dictionary<string, double>(StringComparer.Ordinal);
        var im = sm.Map("items");
        if (im is not null)
            foreach (var key in im.Keys().ToList())
            {
                if (im.Number(key, 0, 36500, required: true) is { } days) items[key] = days;
                if (dataset is not null && !dataset.Items.ContainsKey(key)) im.Error(key, $"unknown item '{key}'; expected an id of items.csv");
            }
        sm.WarnUnknownKeys();
        return new StockOverrides { DefaultDays = defaultDays, Items = items };
    }

    private static Dictionary<string, Expansion> ReadExpansion(YamlMap map, Dataset? dataset)
    {
        var result = new Dictionary<string, Expansion>(StringComparer.Ordinal);
        var em = map.Map("expansion");
        if (em is null) return result;
        foreach (var key in em.Keys().ToList())
        {
            var row = em.Map(key);
            if (row is null) continue;
            var spare = row.Number("spare_capacity_pct", 0, 1000) ?? 0;
            var days = row.Number("expansion_days", 0, 36500, required: true);
            row.WarnUnknownKeys();
            if (dataset is not null && !dataset.Items.ContainsKey(key)) em.Error(key, $"unknown item '{key}'; expected an id of items.csv");
            if (days is not null) result[key] = new Expansion(key, spare, days.Value, "scenario");
        }
        return result;
    }

    private static bool ReadBool(YamlMap map, string key)
    {
        var text = map.Text(key, false);
        switch (text)
        {
            case null or "false": return false;
            case "true": return true;
            default: map.Error(key, $"'{text}' in '{key}' is not a boolean; expected true or false"); return false;
        }
    }

    private static string FirstOr(IEnumerable<string> values, string fallback) => values.Order(StringComparer.Ordinal).FirstOrDefault() ?? fallback;
}
