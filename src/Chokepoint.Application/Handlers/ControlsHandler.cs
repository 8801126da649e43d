using Chokepoint.Analysis.Controls;
using Chokepoint.Application.Inputs;
using Chokepoint.Application.Tables;
using Chokepoint.Application.Wording;
using Chokepoint.Contracts;
using Chokepoint.Model;

namespace Chokepoint.Application.Handlers;

/// <summary>controls: export-control measures with their status on a date.</summary>
public static class ControlsHandler
{
    /// <summary>The status line every surface prints under the registry.</summary>
    public const string StatusLegend = "Status: announced before the effective date, in_force from it, suspended inside a suspension window, ended from the end date; unverified when the registry's recorded dates change the status after its review date.";

    /// <summary>The measures matching <paramref name="r"/>.</summary>
    public static ControlsAnswer Handle(Session s, ControlsRequest r)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(r);
        var dataset = s.Dataset;
        var date = Resolve.DateOr(r.AsOf, s.P("as-of"), s.Today);
        var filter = new ControlFilter
        {
            AsOf = date,
            Issuer = string.IsNullOrWhiteSpace(r.Issuer) ? null : Resolve.Country(dataset, r.Issuer, s.P("issuer")),
            Target = string.IsNullOrWhiteSpace(r.Target) ? null : Resolve.Country(dataset, r.Target, s.P("target")),
            Item = string.IsNullOrWhiteSpace(r.Item) ? null : Resolve.Item(dataset, r.Item, s.P("item")).Id,
            HsCode = Resolve.Hs(r.Hs, s.P("hs")),
            Status = Resolve.Status(r.Status, s.P("status")),
        };
        var match = string.IsNullOrWhiteSpace(r.Code) ? null : CodeResolve.Match(dataset, r.Code, s.P("code"));
        if (match is not null) filter = filter with { MeasureIds = match.MeasureIds };
        var rows = ControlQuery.Run(dataset, filter);
        var lapsed = LapsedSuspensions.Before(dataset, date);
        var review = ReviewNotice.Line(dataset, date);
        var table = new Table($"Export controls as of {Format.Date(date)} ({rows.Count})", "id", "issuer", "kind", "announced", "effective", "status", "items", "destinations")
            .Kinds(CellKind.Measure, 0).Kinds(CellKind.Id, 1, 3, 4).Kinds(CellKind.Status, 5).Kinds(CellKind.Item, 6).Optional(3, 2)
            .WhenEmpty("no measure matches.").Asks("as_of", Format.Date(date));
        foreach (var row in rows)
            table.Add(row.Measure.Id, row.Measure.Issuer, Names.Of(row.Measure.Kind), Format.Date(row.Measure.Announced), Format.Date(row.Measure.Effective),
                Status(row), Format.List(row.Measure.Items.Count > 0 ? row.Measure.Items : row.Measure.Suspends.Select(x => "suspends " + x)), Format.List(row.Measure.Destinations));
        if (match is not null) table.Note(CodeResolve.Describe(match));
        table.Note(StatusLegend + " Sources: 'chokepoint controls --format json'.");
        foreach (var lapse in lapsed) table.Note(LapsedSuspensions.Warning(lapse));
        if (review is not null) table.Note(review);
        else if (dataset.Tables.ControlsReviewedThrough is { } reviewed) table.Note($"Registry reviewed through {Format.Date(reviewed)}.");
        return new ControlsAnswer(date, rows, lapsed, review, rows.Select(x => ControlJson.Of(x, dataset.Tables.ControlsReviewedThrough) with
        {
            MatchedCodes = match is null ? null : CodeResolve.Leading(match, x.Measure),
        }).ToList(), table);
    }

    /// <summary>A measure's status on the date: "in_force", or "unverified (in_force if unchanged)".</summary>
    public static string Status(MeasureOnDate row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return Names.Of(row.Status) + (row.StatusIfUnchanged is { } u ? $" ({Names.Of(u)} if unchanged)" : "");
    }
}
