using System.Globalization;
using Chokepoint.Analysis.Controls;
using Chokepoint.Analysis.Exposure;
using Chokepoint.Application.Inputs;
using Chokepoint.Application.Tables;
using Chokepoint.Application.Wording;
using Chokepoint.Contracts;

namespace Chokepoint.Application.Handlers;

/// <summary>chokepoints: items ranked by how much of the target's product output is at risk if the issuer stops that item alone.</summary>
public static class ChokepointsHandler
{
    /// <summary>The ranking of <paramref name="issuer"/> over <paramref name="target"/> (a country or a group such as EU) on <paramref name="asOf"/> (today when null).</summary>
    public static Answer<IReadOnlyList<ChokepointJson>> Handle(Session s, string? issuer, string? target, string? asOf)
    {
        ArgumentNullException.ThrowIfNull(s);
        var (from, targets, date) = Parse(s, issuer, target, asOf);
        return Of(s, ChokepointRanking.Rank(s.Dataset, from, targets, date), from, target!.Trim(), date);
    }

    /// <summary>Checks the request: issuer, target members and date.</summary>
    public static (string Issuer, IReadOnlyList<string> Targets, DateOnly AsOf) Parse(Session s, string? issuer, string? target, string? asOf)
    {
        ArgumentNullException.ThrowIfNull(s);
        return (Resolve.Country(s.Dataset, issuer, s.P("issuer")), Resolve.CountryOrGroup(s.Dataset, target, s.P("target")), Resolve.DateOr(asOf, s.P("as-of"), s.Today));
    }

    /// <summary>The answer for computed <paramref name="rows"/> (the web caches the ranking).</summary>
    public static Answer<IReadOnlyList<ChokepointJson>> Of(Session s, IReadOnlyList<ChokepointRow> rows, string issuer, string target, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(s);
        var table = Table(rows, issuer, target, date);
        table.Note(ReviewNotice.Line(s.Dataset, date));
        return new(ChokepointJson.Of(rows), [table]);
    }

    /// <summary>The ranking table as the CLI, the web and the report show it (the report shows the first rows).</summary>
    public static Table Table(IReadOnlyList<ChokepointRow> rows, string issuer, string target, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var table = new Table($"Chokepoints: {issuer} -> {target}, products made in {target} (controls as of {Format.Date(date)})",
            "item", "dependence %", "dependence from", "output at risk % (max)", "controlled", "HHI", "products affected").Kinds(CellKind.Item, 0).Numeric(1, 3, 5);
        foreach (var r in rows)
            table.Add(r.Item, Format.Pct(r.DependencePct), ShareLabels.DependenceFrom(r.DependenceBasis, r.DependenceIsProxy), Format.Frac(r.OutputAtRiskMax), Words.YesNo(r.Controlled),
                r.Hhi.ToString("0", CultureInfo.InvariantCulture), Format.List(r.ProductsAffected.Take(6)) + (r.ProductsAffected.Count > 6 ? ", …" : ""));
        table.Note("Computed: each item blocked alone at every tier, static bound (no stocks or substitution), on products made in the target. Dependence: target's direct sourcing mix (trade.csv, else world shares).");
        table.Note(ShareLabels.DependenceFootnote(rows.Select(r => (r.DependenceBasis, r.DependenceIsProxy))));
        return table;
    }
}
