using Chokepoint.Data.Diagnostics;
using Chokepoint.Data.Sources;
using Chokepoint.Model;
using YamlDotNet.RepresentationModel;

namespace Chokepoint.Data.Yaml;

/// <summary>Reads controls.yaml: a YAML sequence of measures (format in docs/dataset.md).</summary>
public static class ControlsReader
{
    /// <summary>File name in a dataset folder.</summary>
    public const string FileName = "controls.yaml";

    /// <summary>Reads the registry from <paramref name="source"/>; every problem goes to <paramref name="diagnostics"/>.</summary>
    public static IReadOnlyList<ControlMeasure> Read(IDataSource source, DiagnosticBag diagnostics, bool required) =>
        ReadRegistry(source, diagnostics, required).Measures;

    /// <summary>
    /// Reads the registry: either a YAML sequence of measures, or a mapping with <c>reviewed_through</c> (the
    /// last date the sources were checked) and <c>measures</c> (the sequence).
    /// </summary>
    public static ControlsFile ReadRegistry(IDataSource source, DiagnosticBag diagnostics, bool required, ReadBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var text = GuardedText.Read(source, FileName, diagnostics, required, budget);
        if (text is null) return ControlsFile.Empty;
        var file = source.PathOf(FileName);
        var root = YamlDocument.Parse(file, text, diagnostics);
        if (root is null) return ControlsFile.Empty;
        DateOnly? reviewed = null;
        if (root is YamlMappingNode top)
        {
            var map = new YamlMap(file, top, diagnostics);
            reviewed = map.Date("reviewed_through", false);
            var inner = map.Node("measures");
            map.WarnUnknownKeys();
            if (inner is null)
            {
                map.Error("measures", "expected a YAML sequence of measures ('- id: …'), or a mapping with 'reviewed_through' and 'measures'; this mapping has no 'measures'");
                return new ControlsFile([], reviewed);
            }
            root = inner;
        }
        return new ControlsFile(ReadSequence(file, root, diagnostics), reviewed);
    }

    private static List<ControlMeasure> ReadSequence(string file, YamlNode root, DiagnosticBag diagnostics)
    {
        if (root is not YamlSequenceNode seq)
        {
            if (root is YamlScalarNode { Value: null or "" }) return [];
            diagnostics.Error(file, (int)root.Start.Line, (int)root.Start.Column, "expected a YAML sequence of measures ('- id: …'), or [] when empty");
            return [];
        }
        var measures = new List<ControlMeasure>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in seq.Children)
        {
            if (node is not YamlMappingNode mapping)
            {
                diagnostics.Error(file, (int)node.Start.Line, (int)node.Start.Column, "expected a measure (a mapping with id, issuer, kind, …)");
                continue;
            }
            var map = new YamlMap(file, mapping, diagnostics);
            var m = ReadMeasure(map, idRequired: true);
            // A misspelt optional field (suspended_untill) would otherwise vanish silently.
            map.WarnUnknownKeys();
            if (m is null) continue;
            if (seen.TryGetValue(m.Id, out var first))
            {
                diagnostics.Error(file, m.Origin.Line, 0, $"duplicate measure id '{m.Id}' (first on line {first}); expected each id once");
                continue;
            }
            seen[m.Id] = m.Origin.Line;
            measures.Add(m);
        }
        return measures;
    }

    /// <summary>Reads one measure mapping (shared with scenario files). Null when it has errors (reported).</summary>
    public static ControlMeasure? ReadMeasure(YamlMap map, bool idRequired, DateOnly? defaultDate = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        var id = map.Text("id", idRequired) ?? $"ad-hoc-line-{map.Line}";
        var issuer = map.Text("issuer", true);
        if (issuer is not null && (issuer.Length != 3 || !issuer.All(char.IsAsciiLetterUpper)))
            map.Error("issuer", $"'{Shown.Clip(issuer)}' is not an ISO3 country code; expected e.g. CHN");
        var kindText = map.Text("kind", true);
        var kind = kindText is null ? null : Names.ParseMeasureKind(kindText);
        if (kindText is not null && kind is null)
            map.Error("kind", $"unknown kind '{Shown.Clip(kindText)}'; expected one of {string.Join(", ", Names.MeasureKinds)}");
        var announced = map.Date("announced", defaultDate is null) ?? defaultDate;
        var effective = map.Date("effective", defaultDate is null) ?? announced;
        var suspendedFrom = map.Date("suspended_from", false);
        var suspendedUntil = map.Date("suspended_until", false);
        var ended = map.Date("ended", false);
        var approval = map.Number("approval_rate", 0, 1);
        var delay = map.Int("licence_delay_days", 0, 3650);
        var measure = new ControlMeasure
        {
            Id = id,
            Issuer = issuer ?? "",
            Instrument = map.Text("instrument", false) ?? "",
            Kind = kind ?? MeasureKind.Ban,
            Announced = announced ?? default,
            Effective = effective ?? default,
            SuspendedFrom = suspendedFrom,
            SuspendedUntil = suspendedUntil,
            Ended = ended,
            Items = map.List("items"),
            Destinations = map.List("destinations", required: true),
            ExcludedDestinations = map.List("excluded_destinations"),
            ApprovalRate = approval,
            LicenceDelayDays = delay,
            Suspends = map.List("suspends"),
            Sources = map.List("sources"),
            Notes = map.Text("notes", false) ?? "",
            Origin = new Origin(map.File, map.Line),
        };
        measure = MeasureClausesReader.Read(map, measure);
        CheckDates(map, measure);
        if (measure.Kind == MeasureKind.Suspension && measure.Suspends.Count == 0)
            map.Error("suspends", "a suspension must list the measures it suspends in 'suspends'");
        if (measure.Kind is not (MeasureKind.Suspension or MeasureKind.Sanction) && measure.Items.Count == 0)
            map.Error("items", "a measure must list the items it covers in 'items'");
        return map.Failed ? null : measure;
    }

    private static void CheckDates(YamlMap map, ControlMeasure m)
    {
        if (m.Effective < m.Announced)
            map.Error("effective", $"effective {m.Effective:yyyy-MM-dd} is before announced {m.Announced:yyyy-MM-dd}; expected effective on or after the announcement");
        if (m.SuspendedFrom is { } from && m.SuspendedUntil is { } until && until <= from)
            map.Error("suspended_until", $"suspended_until {until:yyyy-MM-dd} is not after suspended_from {from:yyyy-MM-dd}; expected the suspension to end after it starts");
        if (m.SuspendedUntil is not null && m.SuspendedFrom is null)
            map.Error("suspended_until", "suspended_until without suspended_from; expected both");
        if (m.Ended is { } end && end < m.Effective)
            map.Error("ended", $"ended {end:yyyy-MM-dd} is before effective {m.Effective:yyyy-MM-dd}; expected ended on or after effective");
    }
}
