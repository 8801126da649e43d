using Chokepoint.Analysis.Exposure;
using Chokepoint.Analysis.Leverage;
using Chokepoint.Application;
using Chokepoint.Application.Handlers;
using Chokepoint.Application.Inputs;
using Chokepoint.Application.Prices;
using Chokepoint.Application.Report;
using Chokepoint.Application.Tables;
using Chokepoint.Contracts;
using Chokepoint.Model;
using Chokepoint.Web.Hosting;
using Microsoft.Extensions.Caching.Memory;

namespace Chokepoint.Web.Api;

/// <summary>
/// The application layer's handlers for the pages and the API, in a web session (parameters spelled as_of) and with the
/// slow answers cached. No analysis, check or wording is written here: each method calls one handler.
/// </summary>
public sealed class AnalysisQueries(DatasetHolder holder, TimeProvider clock, IMemoryCache cache)
{
    /// <summary>The served dataset.</summary>
    public Dataset Dataset => holder.Dataset;

    /// <summary>Today in UTC (the default as-of date).</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The session of a web request.</summary>
    public Session Session => new(Dataset, Today, Surface.Web);

    /// <summary>Items filtered by industry and kind (either may be null; cached).</summary>
    public Answer<IReadOnlyList<ItemJson>> Items(string? industry, string? kind)
    {
        var s = Session;
        return Cached(("items", industry, kind), () => ItemsHandler.Handle(s, industry, kind));
    }

    /// <summary>Industries of the dataset's items, sorted.</summary>
    public IReadOnlyList<string> Industries() => ItemsHandler.Industries(Dataset);

    /// <summary>Production shares of an item (latest year when <paramref name="year"/> is null).</summary>
    public SharesAnswer Shares(string? id, string? year) => SharesHandler.Handle(Session, id, string.IsNullOrWhiteSpace(year) ? null : Resolve.Int(year, "year", 0, 1900, 2100));

    /// <summary>Producers of an item at the grain of plants, as 'chokepoint shares ITEM --firms' (latest year).</summary>
    public (IReadOnlyList<FirmShareJson> Json, Table Table) FirmShares(string? id) => FirmSharesHandler.Handle(Session, id);

    /// <summary>What an item is made from, as 'chokepoint items ITEM'.</summary>
    public Answer<IReadOnlyList<ItemInputJson>> Inputs(string? id) => ItemsHandler.Inputs(Session, id);

    /// <summary>Measures with their status on a date, filtered like 'chokepoint controls' (cached per day: the date defaults to today).</summary>
    public ControlsAnswer Controls(ControlsRequest request)
    {
        var s = Session;
        return Cached(("controls", s.Today, request), () => ControlsHandler.Handle(s, request));
    }

    /// <summary>One measure with its status on a date.</summary>
    public MeasureAnswer Measure(string? id, string? asOf) => MeasureHandler.Handle(Session, id, asOf);

    /// <summary>
    /// Exposure of an item's supply to an importer (as 'chokepoint exposure'; cached per day: the date defaults to today).
    /// A pure function of the dataset and the request: no workspace, file or lock is touched.
    /// </summary>
    public ExposureAnswer Exposure(string? product, string? to, string? asOf, string? from, string? items, string? approvalRate, bool madeIn = false, string? issuer = null)
    {
        var s = Session;
        var request = new ExposureRequest(product, to, madeIn, from, items, asOf, Resolve.Fraction(approvalRate, "approval_rate"), issuer);
        return Cached(("exposure", s.Today, request), () => ExposureHandler.Handle(s, request));
    }

    /// <summary>Items ranked by the damage their loss alone does to the target's products (cached).</summary>
    public Answer<IReadOnlyList<ChokepointJson>> Chokepoints(string? issuer, string? target, string? asOf)
    {
        var s = Session;
        var (from, targets, date) = ChokepointsHandler.Parse(s, issuer, target, asOf);
        var rows = Cached(("chokepoints", from, string.Join(",", targets), date), () => ChokepointRanking.Rank(Dataset, from, targets, date));
        return ChokepointsHandler.Of(s, rows, from, target!.Trim(), date);
    }

    /// <summary>Leverage of an issuer over a target on a date or under a built-in scenario (cached).</summary>
    public LeverageAnswer Leverage(string? issuer, string? target, string? asOf, string? scenario, string? basis = null) =>
        LeverageHandler.Handle(Session, issuer, target, asOf, scenario, files: false, compute: (key, f) => Cached(key, f), basis: basis);

    /// <summary>Observed and modelled prices of an item inside its issuer and outside under a built-in scenario (as 'chokepoint prices'; cached).</summary>
    public Answer<PricesJson> Prices(string? item, string? scenario, string? runs, string? seed)
    {
        var s = Session;
        var request = new PricesRequest(item, string.IsNullOrWhiteSpace(scenario) ? PriceRuns.CalibrationScenario : scenario,
            Resolve.Int(runs, "runs", 100, 1, PriceRuns.MaxRuns), Resolve.Int(seed, "seed", 1, int.MinValue, int.MaxValue));
        return Cached(("prices", request), () => PricesHandler.Handle(s, request, files: false));
    }

    /// <summary>True when observed/prices.csv has a price of <paramref name="item"/> (the item page then shows its prices).</summary>
    public bool HasPrices(string item) => PriceRuns.Items(Dataset).Contains(item);

    /// <summary>The headline analyses (the content of 'chokepoint report') on a date against a comparison date (cached).</summary>
    public HeadlineReport Overview(string? asOf, string? comparison)
    {
        var s = Session;
        var date = Resolve.DateOr(asOf, "as_of", Today);
        var cmp = Resolve.DateOr(comparison, "compare", ReportHandler.DefaultComparison);
        return Cached(("overview", date, cmp), () => ReportHandler.Headline(s, Contracts.ContractJson.Date(date), Contracts.ContractJson.Date(cmp)));
    }

    /// <summary>The report's leverage section on a date (the same tables as 'chokepoint report'; cached).</summary>
    public LeverageSection ReportLeverage(DateOnly date) => Cached(("report-leverage", date), () => ReportHandler.Leverage(Session, date));

    private T Cached<T>(object key, Func<T> compute) => cache.GetOrCreate(key, e =>
    {
        e.SlidingExpiration = TimeSpan.FromMinutes(30);
        e.Size = 1;
        return compute();
    })!;
}
