using System.Globalization;
using Chokepoint.Data.Diagnostics;
using Chokepoint.Model;

namespace Chokepoint.Data.Tables;

/// <summary>The files behind look-up by code and the licence tracker: codes.csv and cn_calendar.csv (both optional).</summary>
public static class PartsSpecs
{
    /// <summary>codes.csv: <c>subject_kind,subject,system,code,source</c>.</summary>
    public static readonly TableSpec<CodeEntry> Codes = new("codes.csv", false, ["subject_kind", "subject", "system", "code", "source"],
        (r, o) =>
        {
            var kind = r.Choice("subject_kind", CodeNames.ParseSubject, ["item", "measure"]);
            var subject = r.Text("subject");
            var system = r.Choice("system", CodeNames.ParseSystem, CodeNames.Systems);
            var code = r.Text("code");
            var source = r.Id("source");
            if (system is { } s && code is not null && CodeFormat.Problem(s, code) is { } problem)
                r.Error("code", problem);
            return kind is null || subject is null || system is null || code is null || source is null ? null
                : new CodeEntry(kind.Value, subject, system.Value, CodeFormat.Normalize(code), source) { Origin = o };
        }, c => $"{CodeNames.Of(c.SubjectKind)},{c.Subject},{CodeNames.Of(c.System)},{c.Code}", "subject_kind,subject,system,code");

    /// <summary>cn_calendar.csv: <c>date,kind,name,source</c> with kind <c>holiday</c> or <c>workday</c>.</summary>
    public static readonly TableSpec<CalendarDay> ChinaCalendar = new("cn_calendar.csv", false, ["date", "kind", "name", "source"],
        (r, o) =>
        {
            var text = r.Text("date");
            DateOnly? date = null;
            if (text is not null)
            {
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) date = d;
                else r.Error("date", $"'{Shown.Clip(text)}' in 'date' is not an ISO date; expected YYYY-MM-DD");
            }
            var kind = r.Text("kind");
            bool? workday = kind switch { "holiday" => false, "workday" => true, null => null, _ => null };
            if (kind is not null && workday is null) r.Error("kind", $"unknown kind '{Shown.Clip(kind)}'; expected holiday or workday");
            if (workday == true && date is { } w && w.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                r.Error("date", $"{text} is a {w.DayOfWeek}; an adjusted working day must be a Saturday or Sunday");
            var name = r.Id("name");
            var source = r.Id("source");
            return date is null || workday is null || name is null || source is null ? null
                : new CalendarDay(date.Value, workday.Value, name, source) { Origin = o };
        }, c => c.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "date");

    /// <summary>licence_terms.csv: <c>issuer,regime,working_days,source</c>.</summary>
    public static readonly TableSpec<LicenceTerm> LicenceTerms = new("licence_terms.csv", false, ["issuer", "regime", "working_days", "source"],
        (r, o) =>
        {
            var issuer = r.Country("issuer");
            var regime = r.Id("regime");
            var days = r.Int("working_days", 1, 365);
            var source = r.Id("source");
            return issuer is null || regime is null || days is null || source is null ? null
                : new LicenceTerm(issuer, regime, days.Value, source) { Origin = o };
        }, t => $"{t.Issuer},{t.Regime}", "issuer,regime");
}
