using System.Globalization;
using Chokepoint.Analysis.Licences;
using Chokepoint.Application.Inputs;
using Chokepoint.Application.Tables;
using Chokepoint.Application.Wording;
using Chokepoint.Contracts;
using Chokepoint.Evidence.Licences;
using Chokepoint.Model;

namespace Chokepoint.Application.Parts;

/// <summary>licences: record, list and update applications; every answer carries the computed decision date, stock end and at-risk flag.</summary>
public static class LicencesHandler
{
    /// <summary>Validates and stores an application.</summary>
    public static Answer<IReadOnlyList<LicenceJson>> Add(Session s, LicenceAddRequest r, LicenceStore store)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(store);
        var dataset = s.Dataset;
        if (r.Quantity is { } q && (!double.IsFinite(q) || q < 0))
            throw new RequestException(s.P("quantity"), $"{s.P("quantity")} {q.ToString(CultureInfo.InvariantCulture)} is not a quantity; expected a number ≥ 0");
        if (r.StockDays is { } d && (!double.IsFinite(d) || d < 0 || d > 36500))
            throw new RequestException(s.P("stock-days"), $"{s.P("stock-days")} {d.ToString(CultureInfo.InvariantCulture)} is out of range; expected 0 to 36500");
        if (!string.IsNullOrWhiteSpace(r.Code)) CodeResolve.Match(dataset, r.Code, s.P("code"));
        var application = new LicenceApplication(0, Resolve.Item(dataset, r.Item, s.P("item")).Id, Resolve.Country(dataset, r.Destination, s.P("destination")),
            Resolve.Date(r.Filed, s.P("filed")), "filed")
        {
            Code = string.IsNullOrWhiteSpace(r.Code) ? null : r.Code.Trim(), Quantity = r.Quantity, EndUser = r.EndUser, StockDays = r.StockDays,
        };
        var stored = store.Add(application);
        return Answer(dataset, [stored], $"Licence application #{stored.Id} recorded");
    }

    /// <summary>Every stored application.</summary>
    public static Answer<IReadOnlyList<LicenceJson>> List(Session s, LicenceStore store)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(store);
        return Answer(s.Dataset, store.List(), "Licence applications");
    }

    /// <summary>Sets the status of application <paramref name="id"/>.</summary>
    public static Answer<IReadOnlyList<LicenceJson>> Update(Session s, long id, string? status, LicenceStore store)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(store);
        var st = Resolve.OneOf(status?.Trim().ToLowerInvariant(), s.P("status"), LicenceStatuses.All)
            ?? throw new RequestException(s.P("status"), $"{s.P("status")} is required; expected one of {string.Join(", ", LicenceStatuses.All)}");
        if (!store.UpdateStatus(id, st)) throw new RequestException(s.Arg("ID", "id"), $"no licence application #{id}; see 'chokepoint licences list'", ErrorKind.NotFound);
        return Answer(s.Dataset, store.List().Where(a => a.Id == id).ToList(), $"Licence application #{id} updated");
    }

    private static Answer<IReadOnlyList<LicenceJson>> Answer(Dataset dataset, IReadOnlyList<LicenceApplication> applications, string title)
    {
        var assessed = applications.Select(a => LicenceTracker.Assess(dataset, a)).ToList();
        var table = new Table($"{title} ({assessed.Count})", "id", "item", "destination", "filed", "status", "decision due", "stock ends", "at risk")
            .WhenEmpty("none; add one with 'chokepoint licences add'.");
        foreach (var a in assessed)
            table.Add(Format.Number(a.Application.Id), a.Application.Item, a.Application.Destination, Format.Date(a.Application.Filed),
                a.Application.Status, a.DecisionDue is { } d ? Format.Date(d) : "-",
                a.StockEnds is { } e ? $"{Format.Date(e)} ({a.StockBasis})" : "-", a.AtRisk ? "yes" : "no");
        if (assessed.FirstOrDefault(a => a.TermSource is not null) is { } withTerm)
            table.Note($"Decision due: {withTerm.WorkingDays} working days after filing on China's official working-day calendar (holidays and adjusted working days: cn_calendar.csv), per {Sources.Label(dataset, withTerm.TermSource!)}. Computed.");
        foreach (var a in assessed.Where(a => a.Note.Length > 0)) table.Note($"#{a.Application.Id}: {a.Note}");
        table.Note("At risk: an open application (filed or accepted) whose decision is due after the stock ends.");
        return new Answer<IReadOnlyList<LicenceJson>>(assessed.Select(LicenceJson.Of).ToList(), [table]);
    }
}
