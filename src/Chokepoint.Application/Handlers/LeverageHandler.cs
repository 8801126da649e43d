using Chokepoint.Analysis.Controls;
using Chokepoint.Analysis.Leverage;
using Chokepoint.Application.Inputs;
using Chokepoint.Application.Tables;
using Chokepoint.Application.Wording;
using Chokepoint.Contracts;
using Chokepoint.Model;
using Chokepoint.Simulation.Mitigation;

namespace Chokepoint.Application.Handlers;

/// <summary>leverage: each measure's damage to the target (lost output value) against the issuer's forgone export revenue.</summary>
public static class LeverageHandler
{
    /// <summary>
    /// The measures of <paramref name="issuer"/> in force on <paramref name="asOf"/> (today when null) or those of <paramref name="scenario"/>
    /// each as if in force (a file only when <paramref name="files"/>). <paramref name="compute"/> computes rows for a key (the web caches it).
    /// </summary>
    public static LeverageAnswer Handle(Session s, string? issuer, string? target, string? asOf, string? scenario, bool files = false,
        Func<object, Func<IReadOnlyList<LeverageRow>>, IReadOnlyList<LeverageRow>>? compute = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        var dataset = s.Dataset;
        compute ??= (_, f) => f();
        var i = Resolve.Country(dataset, issuer, s.P("issuer"));
        var t = Resolve.Country(dataset, target, s.P("target"));
        if (i == t) throw new RequestException(s.P("target"), $"{s.P("issuer")} and {s.P("target")} are both {i}; expected two different countries");
        if (!string.IsNullOrWhiteSpace(scenario))
        {
            if (!string.IsNullOrWhiteSpace(asOf))
                throw new RequestException(s.P("as-of"), $"{s.P("as-of")} and {s.P("scenario")} cannot be combined: give either {s.P("as-of")} (the measures in force on a date) or {s.P("scenario")} (a scenario's measures), not both");
            var loaded = ScenarioLoader.Load(s, scenario, s.P("scenario"), files);
            var rows = compute(("leverage", i, t, loaded.Label), () => LeverageAnalysis.Of(dataset, i, t, ScenarioMeasures.Of(dataset, loaded.Scenario)));
            var basis = $"measures of scenario '{loaded.Scenario.Name}', each as if in force";
            return new LeverageAnswer(rows, i, t, null, loaded.Scenario.Name, basis, null, LeverageJson.Of(rows), Table(dataset, rows, i, t, basis, null, s.Surface));
        }
        var date = Resolve.DateOr(asOf, s.P("as-of"), s.Today);
        var inForce = compute(("leverage", i, t, date), () => LeverageAnalysis.AsOf(dataset, i, t, date));
        var review = ReviewNotice.Line(dataset, date, i);
        var b = $"measures of {i} in force on {Format.Date(date)}";
        return new LeverageAnswer(inForce, i, t, date, null, b, review, LeverageJson.Of(inForce), Table(dataset, inForce, i, t, b, review, s.Surface));
    }

    /// <summary>The leverage table as every surface shows it: rows with an effect on either side, the notes, the unit values cited.</summary>
    public static Table Table(Dataset dataset, IReadOnlyList<LeverageRow> rows, string issuer, string target, string basis, string? review, Surface surface = Surface.Cli)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var table = new Table($"Leverage of {issuer} over {target} ({basis}); computed, US$ a year",
            "measure", "item", "target loss $", "issuer forgone $", "forgone from", "share of issuer exports", "ratio")
            .Kinds(CellKind.Measure, 0).Kinds(CellKind.Item, 1).Numeric(2, 3, 5, 6);
        foreach (var r in LeverageNotes.Shown(rows))
            table.Add(r.Measure, r.Item, Format.Usd(r.TargetLossUsd), Format.Usd(r.IssuerForgoneUsd), r.ForgoneBasis,
                r.IssuerExportSharePct is { } x ? Format.Pct(x) : "-", Words.Ratio(r));
        var (listedIn, stress) = surface == Surface.Cli ? ("in --format json", "'chokepoint simulate'") : ("in the API, /api/v1/leverage,", "the Stress tests page");
        foreach (var note in LeverageNotes.Explanations(rows, issuer, target, listedIn, stress)) table.Note(note);
        table.Note(review);
        foreach (var uv in LeverageNotes.UnitValuesCited(dataset, rows, target)) table.Note(LeverageNotes.UnitValueLine(dataset, uv));
        return table;
    }
}
