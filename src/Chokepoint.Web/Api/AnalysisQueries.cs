using Chokepoint.Analysis.Concentration;
using Chokepoint.Analysis.Controls;
using Chokepoint.Analysis.Exposure;
using Chokepoint.Analysis.Leverage;
using Chokepoint.Data.Diagnostics;
using Chokepoint.Model;
using Chokepoint.Reports;
using Chokepoint.Simulation.Scenarios;
using Chokepoint.Web.Hosting;
using Microsoft.Extensions.Caching.Memory;
using Chokepoint.Simulation.Mitigation;

namespace Chokepoint.Web.Api;

/// <summary>
/// The analyses behind the pages and the API, checked and run once here: both surfaces call these
/// methods, which call the library (no analysis is written in the web layer).
/// </summary>
public sealed class AnalysisQueries(DatasetHolder holder, TimeProvider clock, IMemoryCache cache)
{
    /// <summary>The served dataset.</summary>
    public Dataset Dataset => holder.Dataset;

    /// <summary>Today in UTC (the default as-of date).</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Items filtered by industry and kind (either may be null).</summary>
    public IReadOnlyList<Item> Items(string? industry, string? kind)
    {
        var k = Inputs.OneOf(kind, "kind", Names.ItemKinds) is { } kk ? Names.ParseItemKind(kk) : null;
        if (!string.IsNullOrWhiteSpace(industry) && !Dataset.Tables.Items.Any(i => i.Industry == industry))
            throw new BadInputException("industry", $"industry '{industry}' matches no item; industries are {string.Join(", ", Industries())}");
        return Dataset.Tables.Items.Where(i => (string.IsNullOrWhiteSpace(industry) || i.Industry == industry) && (k is null || i.Kind == k)).ToList();
    }

    /// <summary>Industries of the dataset's items, sorted.</summary>
    public IReadOnlyList<string> Industries() => Dataset.Tables.Items.Select(i => i.Industry).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>Production shares of an item (latest year when <paramref name="year"/> is null), or null when it has none.</summary>
    public ConcentrationResult? Shares(string id, string? year)
    {
        var item = Inputs.Item(Dataset, id, "id");
        var y = string.IsNullOrWhiteSpace(year) ? (int?)null : Inputs.Int(year, "year", 0, 1900, 2100);
        var result = ConcentrationAnalysis.Of(Dataset, item.Id, y);
        if (result is null && y is not null)
            throw new BadInputException("year", $"item '{item.Id}' has no shares for {y}; years with data: {string.Join(", ", Dataset.Tables.Production.Where(p => p.Item == item.Id).Select(p => p.Year).Distinct().Order())}", 404);
        return result;
    }

    /// <summary>Measures with their status on a date, filtered like 'chokepoint controls'.</summary>
    public (DateOnly AsOf, IReadOnlyList<MeasureOnDate> Rows) Controls(string? asOf, string? issuer, string? target, string? item, string? hs, string? status = null)
    {
        var date = Inputs.Date(asOf, "as_of", Today);
        var st = Inputs.OneOf(status, "status", Names.Statuses) is { } s ? Names.ParseStatus(s) : null;
        var filter = new ControlFilter
        {
            AsOf = date,
            Issuer = string.IsNullOrWhiteSpace(issuer) ? null : Inputs.Country(Dataset, issuer, "issuer"),
            Target = string.IsNullOrWhiteSpace(target) ? null : Inputs.Country(Dataset, target, "target"),
            Item = string.IsNullOrWhiteSpace(item) ? null : Inputs.Item(Dataset, item, "item").Id,
            HsCode = Inputs.Hs(hs, "hs"),
            Status = st,
        };
        return (date, ControlQuery.Run(Dataset, filter));
    }

    /// <summary>Exposure of an item's supply to an importer under the measures in force on a date, or a hypothetical cut-off by one country.</summary>
    public ExposureView Exposure(string product, string? to, string? asOf, string? from, string? items, string? approvalRate)
    {
        var id = Inputs.Item(Dataset, product, "product").Id;
        var importer = Inputs.Country(Dataset, to, "to");
        var rate = Inputs.Fraction(approvalRate, "approval_rate");
        if (!string.IsNullOrWhiteSpace(from) && !string.IsNullOrWhiteSpace(asOf))
            throw new BadInputException("from", "give either from (a hypothetical cut-off by that country) or as_of (the measures in force), not both");
        Blockade blockade;
        DateOnly? date = null;
        string? issuer = null;
        if (!string.IsNullOrWhiteSpace(from))
        {
            if (rate is not null) throw new BadInputException("approval_rate", "approval_rate applies to as_of (licence regimes in force), not to from");
            issuer = Inputs.Country(Dataset, from, "from");
            var list = items?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(i => Inputs.Item(Dataset, i, "items").Id).ToList();
            blockade = Blockade.From(issuer, list is { Count: > 0 } ? list : null, Dataset);
        }
        else
        {
            if (!string.IsNullOrWhiteSpace(items)) throw new BadInputException("items", "items applies to from; with as_of the measures decide which items are restricted");
            date = Inputs.Date(asOf, "as_of", Today);
            blockade = Blockade.AsOf(Dataset, date.Value, rate);
        }
        var analysis = new ExposureAnalysis(Dataset, blockade);
        return new ExposureView(analysis.Analyse(id, importer), analysis, date, issuer);
    }

    /// <summary>Items ranked by the damage their loss alone does to the target's products.</summary>
    public IReadOnlyList<ChokepointRow> Chokepoints(string? issuer, string? target, string? asOf)
    {
        var from = Inputs.Country(Dataset, issuer, "issuer");
        var targets = Inputs.CountryOrGroup(Dataset, target, "target");
        var date = Inputs.Date(asOf, "as_of", Today);
        return cache.GetOrCreate(("chokepoints", from, string.Join(",", targets), date), e =>
        {
            e.SlidingExpiration = TimeSpan.FromMinutes(30);
            e.Size = 1;
            return ChokepointRanking.Rank(Dataset, from, targets, date);
        })!;
    }

    /// <summary>
    /// Leverage of <paramref name="issuer"/> over <paramref name="target"/>: the measures in force on <paramref name="asOf"/>
    /// (default today), or those of a built-in <paramref name="scenario"/> each as if in force (as 'chokepoint leverage').
    /// </summary>
    public LeverageView Leverage(string? issuer, string? target, string? asOf, string? scenario)
    {
        var i = Inputs.Country(Dataset, issuer, "issuer");
        var t = Inputs.Country(Dataset, target, "target");
        if (i == t) throw new BadInputException("target", $"issuer and target are both {i}; expected two different countries");
        if (!string.IsNullOrWhiteSpace(scenario))
        {
            if (!string.IsNullOrWhiteSpace(asOf)) throw new BadInputException("as_of", "give either as_of (the measures in force on a date) or scenario (a scenario's measures), not both");
            var builtIn = ScenarioCatalog.Find(Dataset, scenario.Trim())
                ?? throw new BadInputException("scenario", $"'{scenario}' is not a built-in scenario; expected one of {string.Join(", ", ScenarioCatalog.BuiltIns(Dataset).Select(s => s.Name))}");
            var parsed = ScenarioCatalog.Parse(Dataset, builtIn, new DiagnosticBag())
                ?? throw new BadInputException("scenario", $"the built-in scenario '{builtIn.Name}' does not parse against this dataset; 'chokepoint validate' shows why");
            var rows = Cached(("leverage", i, t, builtIn.Name), () =>
                LeverageAnalysis.Of(Dataset, i, t, ScenarioMeasures.Of(Dataset, parsed)));
            return new LeverageView(rows, i, t, null, parsed.Name, $"measures of scenario '{parsed.Name}', each as if in force", null);
        }
        var date = Inputs.Date(asOf, "as_of", Today);
        var inForce = Cached(("leverage", i, t, date), () => LeverageAnalysis.AsOf(Dataset, i, t, date));
        return new LeverageView(inForce, i, t, date, null, $"measures of {i} in force on {Contracts.ContractJson.Date(date)}", ReviewNotice.Line(Dataset, date, i));
    }

    private T Cached<T>(object key, Func<T> compute) => cache.GetOrCreate(key, e =>
    {
        e.SlidingExpiration = TimeSpan.FromMinutes(30);
        e.Size = 1;
        return compute();
    })!;

    /// <summary>The headline analyses (the content of 'chokepoint report') on a date against a comparison date.</summary>
    public HeadlineReport Overview(string? asOf, string? comparison)
    {
        var date = Inputs.Date(asOf, "as_of", Today);
        var cmp = Inputs.Date(comparison, "compare", new DateOnly(2025, 10, 10));
        return cache.GetOrCreate(("overview", date, cmp), e =>
        {
            e.SlidingExpiration = TimeSpan.FromMinutes(30);
            e.Size = 1;
            return HeadlineReport.Build(Dataset, date, cmp);
        })!;
    }
}
