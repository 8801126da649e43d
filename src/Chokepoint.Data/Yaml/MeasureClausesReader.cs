using Chokepoint.Data.Diagnostics;
using Chokepoint.Model;

namespace Chokepoint.Data.Yaml;

/// <summary>
/// Reads the parts of a measure written at the grain of its text (docs/dataset.md, "controls.yaml"): scope
/// clauses, licence phases, the <c>status: announced</c> of a commitment not enacted, and <c>reach_share</c>.
/// Every problem is reported at the field's line and column.
/// </summary>
internal static class MeasureClausesReader
{
    /// <summary>Reads the fields into <paramref name="m"/>; reports through <paramref name="map"/>.</summary>
    public static ControlMeasure Read(YamlMap map, ControlMeasure m)
    {
        var status = map.Text("status", false);
        if (status is not null && status != "announced")
            map.Error("status", $"unknown status '{Shown.Clip(status)}'; expected 'announced' (a commitment that is not enacted) or no status");
        var reach = map.Number("reach_share", 0, 1);
        var targets = map.List("targets");
        var scope = ReadScope(map, m);
        var phases = ReadPhases(map, m);
        return m with { Enacted = status is null, ReachShare = reach, FirmTargets = targets, Scope = scope, Phases = phases };
    }

    private static List<ScopeClause> ReadScope(YamlMap map, ControlMeasure m)
    {
        var clauses = new List<ScopeClause>();
        foreach (var c in map.Maps("scope"))
        {
            var text = c.Text("clause", true);
            var kind = text is null ? null : Names.ParseScopeKind(text);
            if (text is not null && kind is null)
                c.Error("clause", $"unknown clause '{Shown.Clip(text)}'; expected one of {string.Join(", ", Names.ScopeKinds)}");
            var effective = c.Date("effective", false) ?? m.Effective;
            if (effective < m.Effective)
                c.Error("effective", $"clause effective {effective:yyyy-MM-dd} is before the measure's effective {m.Effective:yyyy-MM-dd}; expected the measure to start with its first clause");
            var deMinimis = c.Number("de_minimis_pct", 0, 100);
            if (deMinimis is not null && kind is not ScopeKind.ForeignContent)
                c.Error("de_minimis_pct", "de_minimis_pct applies only to clause 'foreign-content'");
            if (kind is { } k && clauses.Any(x => x.Kind == k))
                c.Error("clause", $"clause '{Names.Of(k)}' is listed twice; expected each clause once");
            c.WarnUnknownKeys();
            if (c.Failed) { map.Fail(); continue; }
            clauses.Add(new ScopeClause(kind!.Value, effective, deMinimis));
        }
        return clauses;
    }

    private static List<LicencePhase> ReadPhases(YamlMap map, ControlMeasure m)
    {
        var phases = new List<LicencePhase>();
        var list = map.Maps("phases");
        if (list.Count > 0 && m.Kind is not (MeasureKind.Licence or MeasureKind.Extraterritorial))
            map.Error("phases", $"phases apply to licence regimes; '{m.Id}' is a {Names.Of(m.Kind)}");
        foreach (var p in list)
        {
            var from = p.Date("from", true);
            if (from is { } f && f < m.Effective)
                p.Error("from", $"phase from {f:yyyy-MM-dd} is before the measure's effective {m.Effective:yyyy-MM-dd}; expected a phase inside the measure's life");
            var destinations = p.List("destinations");
            var approval = p.Number("approval_rate", 0, 1);
            var delay = p.Int("licence_delay_days", 0, 3650);
            if (approval is null && delay is null && !p.Failed)
                p.Error("from", "a phase must set approval_rate, licence_delay_days or both");
            var confText = p.Text("confidence", false);
            var confidence = confText is null ? Confidence.Low : Names.ParseConfidence(confText);
            if (confText is not null && confidence is null)
                p.Error("confidence", $"unknown confidence '{Shown.Clip(confText)}'; expected high, medium or low");
            if (from is { } d && phases.Any(x => x.From == d && x.Destinations.SequenceEqual(destinations.Count == 0 ? [Names.Everyone] : destinations)))
                p.Error("from", $"two phases from {d:yyyy-MM-dd} for the same destinations; expected one");
            var sources = p.List("sources");
            var notes = p.Text("notes", false) ?? "";
            p.WarnUnknownKeys();
            if (p.Failed) { map.Fail(); continue; }
            phases.Add(new LicencePhase
            {
                From = from!.Value,
                Destinations = destinations.Count == 0 ? [Names.Everyone] : destinations,
                ApprovalRate = approval,
                LicenceDelayDays = delay,
                Confidence = confidence ?? Confidence.Low,
                Sources = sources,
                Notes = notes,
                Origin = new Origin(p.File, p.Line),
            });
        }
        return phases;
    }
}
