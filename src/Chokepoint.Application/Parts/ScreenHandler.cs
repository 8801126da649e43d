using System.Globalization;
using Chokepoint.Analysis.Screening;
using Chokepoint.Application.Inputs;
using Chokepoint.Application.Tables;
using Chokepoint.Application.Wording;
using Chokepoint.Contracts;

namespace Chokepoint.Application.Parts;

/// <summary>screen: a parts list against the registry for a destination on a date.</summary>
public static class ScreenHandler
{
    /// <summary>Parts shown in the table (all are in the contract).</summary>
    public const int TableRows = 200;

    /// <summary>Screens the parts list in <paramref name="parts"/>.</summary>
    public static ScreenAnswer Handle(Session s, ScreenRequest r, Stream parts)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(r);
        var dataset = s.Dataset;
        var destination = Resolve.Country(dataset, r.Destination, s.P("destination"));
        var date = Resolve.DateOr(r.AsOf, s.P("as-of"), s.Today);
        var rows = PartsInput.Read(dataset, parts, r.FileName, r.Map, s.P("parts"), s.P("map"));
        var screener = new PartScreener(dataset, destination, date);
        var screens = new List<PartScreen>(rows.Count);
        foreach (var row in rows) screens.Add(screener.Screen(row));
        var json = screens.Select(ScreenPartJson.Of).ToList();
        var measures = ScreenMeasureRow.Of(dataset, screens, date);
        return new ScreenAnswer(date, destination, screens, json, measures, Table(dataset, destination, date, json), MeasuresTable(measures, date));
    }

    private static Table MeasuresTable(IReadOnlyList<ScreenMeasureRow> measures, DateOnly date)
    {
        var table = new Table($"Measures cited ({measures.Count})", "id", "issuer", "kind", "effective", $"status on {Format.Date(date)}", "parts", "sources")
            .Kinds(CellKind.Measure, 0).Kinds(CellKind.Id, 1, 3).Kinds(CellKind.Status, 4).Numeric(5).WhenEmpty("no measure is cited.");
        foreach (var m in measures)
            table.Add(m.Id, m.Issuer, m.Kind, m.Effective, m.Status, m.Parts.ToString(CultureInfo.InvariantCulture), Format.List(m.Sources.Split(';', StringSplitOptions.RemoveEmptyEntries)));
        return table;
    }

    private static Table Table(Model.Dataset dataset, string destination, DateOnly date, List<ScreenPartJson> parts)
    {
        var flagged = parts.Where(p => p.Verdict != "clear").ToList();
        var table = new Table($"Parts screened for {destination} on {Format.Date(date)}: {parts.Count} parts, {parts.Count(p => p.Verdict == "controlled")} controlled, {parts.Count(p => p.Verdict == "depends-on-end-use")} depending on end use, {parts.Count(p => p.Verdict == "announced")} announced, {parts.Count(p => p.Verdict == "suspended")} suspended only, {parts.Count(p => p.Verdict == "not-in-dataset")} not in the dataset",
            "row", "part", "code", "origin", "verdict", "in force", "depends on end use", "announced", "suspended", "at risk", "TTS days").Numeric(0, 9, 10).WhenEmpty("no part is reached by a measure.");
        foreach (var p in flagged.Take(TableRows))
            table.Add(p.Row.ToString(CultureInfo.InvariantCulture), p.Part, p.Code, p.Origin + (p.SupplierCountry.Length > 0 && p.SupplierCountry != p.Origin ? $" via {p.SupplierCountry}" : "")
                + (p.EndUse is { } use ? $" ({use})" : ""),
                p.Verdict, Format.List(p.Measures), Format.List(p.DependsOnEndUse), Format.List(p.Announced), Format.List(p.Suspended),
                p.OutputAtRisk is { } risk ? Format.Frac(risk) : "-", p.TtsDays is { } t ? Format.Number(t) : "-");
        if (flagged.Count > TableRows) table.Note($"{flagged.Count - TableRows} more flagged part(s): see the JSON, CSV or XLSX output.");
        if (parts.Any(p => p.DependsOnEndUse.Count > 0))
            table.Note("Depends on end use: measures limited to some buyers (e.g. military users) reach these parts only if the buyer is one of them; give the end_use column (civil, military, listed-entity, general-licence) to settle it.");
        table.Note("Parts whose verdict is 'clear' are not listed. At risk: share of the part's supply stopped on the date, from its origin (static bound: no stock, no substitution; computed). TTS: your stock_days divided by that share (computed).");
        table.Note($"Reach: export when shipped from the issuer, re-export when issuer-origin goods ship from elsewhere ('via'), foreign content when made elsewhere. Registry reviewed through {(dataset.Tables.ControlsReviewedThrough is { } rv ? Format.Date(rv) : "an undeclared date")}.");
        return table;
    }
}
