using Chokepoint.Data.Diagnostics;
using Chokepoint.Model;

namespace Chokepoint.Data.Yaml;

/// <summary>
/// Reads the parts of a measure written at the grain of its text (docs/dataset.md, "controls.yaml"): scope
/// clauses, licence phases (by destination and end use), the <c>status: announced</c> of a commitment not enacted,
/// <c>reach_share</c>, the end-use classes a measure reaches (<c>end_uses</c>) and the firms a sanction names (<c>targets</c>).
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
        var scope = ReadScope(map, m);
        var endUses = ReadEndUses(map);
        var targets = map.List("targets");
        foreach (var t in targets.Where(t => !IsId(t)))
            map.Error("targets", $"'{Shown.Clip(t)}' is not a firm id; expected lowercase-kebab ids, e.g. nexperia");
        if (m.Kind == MeasureKind.Sanction && targets.Count == 0)
            map.Error("targets", "a sanction must name the firms it targets in 'targets'");
        var phases = ReadPhases(map, m);
        return m with { Enacted = status is null, ReachShare = reach, Scope = scope, Phases = phases, EndUses = endUses, FirmTargets = targets };
    }

    // end_uses: a list of end-use classes (civil, military, listed-entity, general-licence); absent means every buyer.
    private static IReadOnlyList<string> ReadEndUses(YamlMap map)
    {
        var list = map.List("end_uses");
        foreach (var e in list.Where(e => e != Names.Everyone && !Names.EndUses.Contains(e)))
            map.Error("end_uses", $"unknown end use '{Shown.Clip(e)}'; expected one of {string.Join(", ", Names.EndUses)}");
        return list.Count == 0 ? [Names.Everyone] : list;
    }

    private static bool IsId(string s) =>
        s.Length > 0 && s[0] != '-' && s[^1] != '-' && !s.Contains("--", StringComparison.Ordinal) && s.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

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
            var items = p.List("items");
            foreach (var i in items.Where(i => !m.Items.Contains(i)))
                p.Error("items", $"phase item '{Shown.Clip(i)}' is not an item of '{m.Id}'; expected one of {string.Join(", ", m.Items)}");
            var fitted = p.Date("fitted_until", false);
            var endUses = ReadEndUses(p);
            var approval = p.Number("approval_rate", 0, 1);
            var delay = p.Int("licence_delay_days", 0, 3650);
            if (approval is null && delay is null && !p.Failed)
                p.Error("from", "a phase must set approval_rate, licence_delay_days or both");
            var confText = p.Text("confidence", false);
            var confidence = confText is null ? Confidence.Low : Names.ParseConfidence(confText);
            if (confText is not null && confidence is null)
                p.Error("confidence", $"unknown confidence '{Shown.Clip(confText)}'; expected high, medium or low");
            if (from is { } d && phases.Any(x => x.From == d && x.Destinations.SequenceEqual(destinations.Count == 0 ? [Names.Everyone] : destinations) && x.EndUses.SequenceEqual(endUses) && x.Items.SequenceEqual(items)))
                p.Error("from", $"two phases from {d:yyyy-MM-dd} for the same destinations, end uses and items; expected one");
            var sources = p.List("sources");
            var notes = p.Text("notes", false) ?? "";
            p.WarnUnknownKeys();
            if (p.Failed) { map.Fail(); continue; }
            phases.Add(new LicencePhase
            {
                From = from!.Value,
                Destinations = destinations.Count == 0 ? [Names.Everyone] : destinations,
                Items = items,
                FittedUntil = fitted,
                EndUses = endUses,
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
