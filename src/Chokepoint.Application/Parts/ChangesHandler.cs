using System.Globalization;
using Chokepoint.Analysis.Changes;
using Chokepoint.Analysis.Screening;
using Chokepoint.Application.Inputs;
using Chokepoint.Application.Tables;
using Chokepoint.Application.Wording;
using Chokepoint.Contracts;

namespace Chokepoint.Application.Parts;

/// <summary>changes: what the registry records between two dates, and which parts of a list changed status.</summary>
public static class ChangesHandler
{
    /// <summary>The changes of <paramref name="r"/>; <paramref name="parts"/> is the parts file when one was given.</summary>
    public static Answer<ChangesJson> Handle(Session s, ChangesRequest r, Stream? parts = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(r);
        var dataset = s.Dataset;
        var since = Resolve.Date(r.Since, s.P("since"));
        var until = Resolve.DateOr(r.Until, s.P("until"), s.Today);
        if (until < since) throw new RequestException(s.P("until"), $"{s.P("until")} {Format.Date(until)} is before {s.P("since")} {Format.Date(since)}; expected a later date");
        var changes = ChangeLog.Between(dataset, since, until);
        IReadOnlyList<PartChange>? changed = null;
        if (parts is not null)
        {
            if (string.IsNullOrWhiteSpace(r.Destination))
                throw new RequestException(s.P("destination"), $"{s.P("parts")} needs {s.P("destination")} (ISO3 of where the parts are delivered)");
            var dest = Resolve.Country(dataset, r.Destination, s.P("destination"));
            changed = PartChange.Between(dataset, PartsInput.Read(dataset, parts, r.PartsFileName ?? "", r.Map, s.P("parts"), s.P("map")), dest, since, until);
        }
        var table = new Table($"Registry changes {Format.Date(since)} – {Format.Date(until)} ({changes.Count})", "date", "measure", "change", "detail")
            .Kinds(CellKind.Measure, 1).WhenEmpty("no measure changes in this period.");
        foreach (var c in changes) table.Add(Format.Date(c.Date), c.MeasureId, c.Change + (c.Unverified ? " (unverified)" : ""), c.Detail);
        if (dataset.Tables.ControlsReviewedThrough is { } rv) table.Note($"Registry reviewed through {Format.Date(rv)}; later dates are recorded but unverified.");
        var tables = new List<Table> { table };
        if (changed is not null)
        {
            var pt = new Table($"Parts whose status changed ({changed.Count})", "row", "part", "code", "before", "after", "in force before", "in force after")
                .WhenEmpty("no part changed status.");
            foreach (var p in changed)
                pt.Add(p.After.Part.Row.ToString(CultureInfo.InvariantCulture), p.After.Part.Part, p.After.Part.Code, p.Before.Verdict, p.After.Verdict,
                    Format.List(p.Before.InForce), Format.List(p.After.InForce));
            tables.Add(pt);
        }
        return new Answer<ChangesJson>(ChangesJson.Of(since, until, dataset.Tables.ControlsReviewedThrough, changes, changed), tables);
    }
}
