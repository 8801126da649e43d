using Chokepoint.Data.Diagnostics;
using Chokepoint.Model;

namespace Chokepoint.Data.Validation;

/// <summary>
/// Checks codes.csv (subjects and sources exist) and cn_calendar.csv (every row sourced; the years it covers
/// are whole: each covered year has at least one holiday, so a missing year cannot pass for a year without holidays).
/// </summary>
internal static class CodeTables
{
    public static void Check(DatasetTables t, DiagnosticBag d, References refs)
    {
        var measures = t.Controls.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var c in t.Codes)
        {
            if (c.SubjectKind == CodeSubject.Item) refs.Item(c.Origin, 2, c.Subject);
            else if (!measures.Contains(c.Subject))
                d.Error(c.Origin.File, c.Origin.Line, d.FieldOf(c.Origin.File, 2), $"unknown measure '{c.Subject}'; expected an id from controls.yaml");
            refs.Source(c.Origin, 5, c.Source);
        }
        foreach (var day in t.ChinaCalendar) refs.Source(day.Origin, 4, day.Source);
        foreach (var term in t.LicenceTerms)
        {
            refs.Country(term.Origin, 1, term.Issuer);
            refs.Source(term.Origin, 4, term.Source);
        }
        if (t.ChinaCalendar.Count == 0) return;
        var years = t.ChinaCalendar.Select(x => x.Date.Year).Distinct().Order().ToList();
        for (var y = years[0]; y <= years[^1]; y++)
            if (!t.ChinaCalendar.Any(x => x.Date.Year == y && !x.IsWorkday))
            {
                var first = t.ChinaCalendar[0].Origin;
                d.Error(first.File, first.Line, 1, $"the calendar covers {years[0]}–{years[^1]} but lists no holiday in {y}; expected every year's holidays (State Council arrangements)");
            }
    }
}
