using Chokepoint.Analysis.Controls;
using Chokepoint.Analysis.Leverage;
using Chokepoint.Application.Inputs;
using Chokepoint.Application.Prices;
using Chokepoint.Application.Tables;
using Chokepoint.Application.Wording;
using Chokepoint.Contracts;
using Chokepoint.Model;
using Chokepoint.Simulation.Mitigation;

namespace Chokepoint.Application.Handlers;

/// <summary>leverage: each measure's damage to the target against the issuer's loss, both on one basis (value added by default).</summary>
public static class LeverageHandler
{
    /// <summary>
    /// The measures of <paramref name="issuer"/> in force on <paramref name="asOf"/> (today when null) or those of <paramref name="scenario"/>
    /// each as if in force (a file only when <paramref name="files"/>), on <paramref name="basis"/> (<see cref="LeverageBasis"/>; value added when null).
    /// <paramref name="compute"/> computes rows for a key (the web caches it).
    /// </summary>
    public static LeverageAnswer Handle(Session s, string? issuer, string? target, string? asOf, string? scenario, bool files = false,
        Func<object, Func<IReadOnlyList<LeverageRow>>, IReadOnlyList<LeverageRow>>? compute = null, string? basis = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        var dataset = s.Dataset;
        compute ??= (_, f) => f();
        var on = Resolve.OneOf(basis, s.P("basis"), LeverageBasis.All) ?? LeverageBasis.ValueAdded;
        var i = Resolve.Country(dataset, issuer, s.P("issuer"));
        var t = Resolve.Country(dataset, target, s.P("target"));
        if (i == t) throw new RequestException(s.P("target"), $"{s.P("issuer")} and {s.P("target")} are both {i}; expected two different countries");
        if (!string.IsNullOrWhiteSpace(scenario))
        {
            if (!string.IsNullOrWhiteSpace(asOf))
                throw new RequestException(s.P("as-of"), $"{s.P("as-of")} and {s.P("scenario")} cannot be combined: give either {s.P("as-of")} (the measures in force on a date) or {s.P("scenario")} (a scenario's measures), not both");
            var loaded = ScenarioLoader.Load(s, scenario, s.P("scenario"), files);
            var rows = compute(("leverage", i, t, loaded.Label), () => LeverageAnalysis.Of(dataset, i, t, ScenarioMeasures.Of(dataset, loaded.Scenario)));
            var measures = $"measures of scenario '{loaded.Scenario.Name}', each as if in force";
            return Answer(dataset, rows, i, t, null, loaded.Scenario.Name, measures, null, on, s.Surface);
        }
        var date = Resolve.DateOr(asOf, s.P("as-of"), s.Today);
        var inForce = compute(("leverage", i, t, date), () => LeverageAnalysis.AsOf(dataset, i, t, date));
        var review = ReviewNotice.Line(dataset, date, i);
        var b = $"measures of {i} in force on {Format.Date(date)}";
        return Answer(dataset, inForce, i, t, date, null, b, review, on, s.Surface);
    }

    private static LeverageAnswer Answer(Dataset dataset, IReadOnlyList<LeverageRow> rows, string issuer, string target, DateOnly? asOf, string? scenario,
        string measures, string? review, string basis, Surface surface)
    {
        var coefficients = RegimeCoefficients.For(dataset);
        var valued = rows.Select(r => (Row: r, Value: LeverageBasis.Of(dataset, r, issuer, target, basis, coefficients)))
            // Ranked on the basis: ratios that are only upper bounds last, then by ratio (a measure that costs the issuer
            // nothing net but hurts the target first), then by the target's loss; ties keep the library's order.
            .OrderBy(p => p.Value.RatioBound == "upper")
            .ThenByDescending(p => p.Value.Ratio ?? (p.Value.TargetLossUsd > 0 ? double.MaxValue : -1))
            .ThenByDescending(p => p.Value.TargetLossUsd).ToList();
        rows = valued.Select(p => p.Row).ToList();
        var values = valued.Select(p => p.Value).ToList();
        return new LeverageAnswer(rows, issuer, target, asOf, scenario, measures, review, LeverageJson.Of(rows, values),
            Table(dataset, rows, values, issuer, target, measures, review, surface))
        {
            ValueBasis = basis,
            Values = values,
        };
    }

    /// <summary>The leverage table as every surface shows it: rows with an effect on either side, the notes, the figures cited.</summary>
    public static Table Table(Dataset dataset, IReadOnlyList<LeverageRow> rows, IReadOnlyList<LeverageValue> values, string issuer, string target, string measures,
        string? review, Surface surface = Surface.Cli)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(values);
        var basis = values.Count > 0 ? values[0].Basis : LeverageBasis.ValueAdded;
        var table = new Table($"Leverage of {issuer} over {target} ({measures}); {LeverageNotes.BasisName(basis)}, computed, US$ a year",
            "measure", "item", "target loss $", "issuer forgone $", "issuer windfall $", "forgone from", "share of issuer exports", "ratio")
            .Kinds(CellKind.Measure, 0).Kinds(CellKind.Item, 1).Numeric(2, 3, 4, 6, 7).Optional(4, 5, 6);
        for (var k = 0; k < rows.Count; k++)
        {
            var r = rows[k];
            if (r.TargetLossUsd <= 0 && r.IssuerForgoneUsd <= 0) continue;
            var v = values[k];
            table.Add(r.Measure, r.Item, Format.Usd(v.TargetLossUsd), Format.Usd(v.IssuerForgoneUsd), v.IssuerWindfallUsd > 0 ? Format.Usd(v.IssuerWindfallUsd) : "-",
                r.ForgoneBasis, r.IssuerExportSharePct is { } x ? Format.Pct(x) : "-", Words.Ratio(v));
        }
        var (listedIn, stress) = surface == Surface.Cli ? ("in --format json", "'chokepoint simulate'") : ("in the API, /api/v1/leverage,", "the Stress tests page");
        foreach (var note in LeverageNotes.BasisExplanations(basis, values, issuer, target)) table.Note(note);
        foreach (var note in LeverageNotes.Explanations(rows, issuer, target, listedIn, stress)) table.Note(note);
        table.Note(review);
        foreach (var uv in LeverageNotes.UnitValuesCited(dataset, rows, target)) table.Note(LeverageNotes.UnitValueLine(dataset, uv));
        if (basis == LeverageBasis.ValueAdded)
            foreach (var line in LeverageNotes.ValueAddedCited(dataset, rows, issuer, target)) table.Note(line);
        return table;
    }
}
