using Chokepoint.Model;

namespace Chokepoint.Analysis.Licences;

/// <summary>
/// The statutory decision date of an application on China's working-day calendar, the date the stock of the item
/// runs out, and whether the decision comes too late. Applies to applications to export from China (MOFCOM dual-use).
/// </summary>
public static class LicenceTracker
{
    /// <summary>The regime of licence_terms.csv that applications follow.</summary>
    public const string Regime = "dual-use";

    /// <summary>Assesses <paramref name="application"/> against <paramref name="dataset"/>.</summary>
    public static LicenceAssessment Assess(Dataset dataset, LicenceApplication application)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(application);
        var term = dataset.Tables.LicenceTerms.FirstOrDefault(t => t.Issuer == "CHN" && t.Regime == Regime);
        var calendar = new WorkingCalendar(dataset.Tables.ChinaCalendar);
        DateOnly? due = null;
        var note = "";
        if (term is null) note = "no statutory term for CHN dual-use licences in licence_terms.csv";
        else
        {
            due = calendar.AddWorkingDays(application.Filed, term.WorkingDays);
            if (due is null)
                note = calendar.FirstYear is { } f && calendar.LastYear is { } l
                    ? $"China's working-day calendar covers {f}–{l}; the {term.WorkingDays}th working day after {application.Filed:yyyy-MM-dd} falls outside it"
                    : "no working-day calendar (cn_calendar.csv)";
        }
        var (days, basis) = Stock(dataset, application);
        DateOnly? stockEnds = days is { } d ? (application.StockFrom ?? application.Filed).AddDays((int)Math.Floor(d)) : null;
        var atRisk = LicenceStatuses.IsOpen(application.Status) && due is { } x && stockEnds is { } y && x > y;
        return new LicenceAssessment(application, due, term?.WorkingDays, term?.Source, stockEnds, basis, atRisk, note);
    }

    // The user's own figure wins; otherwise the dataset's cover for the item in the destination (or for everyone).
    private static (double? Days, string? Basis) Stock(Dataset dataset, LicenceApplication a)
    {
        if (a.StockDays is { } own) return (own, "user");
        var row = dataset.Tables.Stocks.FirstOrDefault(s => s.Item == a.Item && s.Country == a.Destination && s.Holder == Names.Everyone)
                  ?? dataset.Tables.Stocks.FirstOrDefault(s => s.Item == a.Item && s.Country == Names.Everyone && s.Holder == Names.Everyone);
        return row is null ? (null, null) : (row.DaysOfCover, row.Source);
    }
}
