using Chokepoint.Application.Handlers;
using Chokepoint.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Chokepoint.Web.Api;

/// <summary>GET endpoints of /api/v1 over the dataset: the same handlers, hence the same JSON, as the CLI's --format json.</summary>
internal static class ApiEndpoints
{
    public static RouteGroupBuilder MapDatasetApi(this RouteGroupBuilder api)
    {
        api.MapGet("/items", Items).WithSummary("Items of the dataset").WithDescription("Filter by industry (e.g. rare-earths) and kind (raw, refined, component, product, technology, equipment). Same fields as 'chokepoint items --format json'.");
        api.MapGet("/items/{id}/shares", Shares).WithSummary("World production shares of an item").WithDescription("Country shares with source and confidence, HHI and top-3 share (computed). Same fields as 'chokepoint shares ITEM --format json'.");
        api.MapGet("/controls", Controls).WithSummary("Export-control measures with their status on a date").WithDescription("Filters: as_of (YYYY-MM-DD, default today), issuer, target (ISO3), item, hs (HS code prefix), status, code (any code a text uses: HS or national tariff line of 4–10 digits such as 850511, China's 8505111000, the EU's CN 85051100 or the US HTS 8505110070; a control-list number such as the ECCN 3A090, the EU Annex I entry 3D001, China's 1C902.a.4 or the Dutch 3B001.f.4; each measure then carries matched_codes with the code system). Same fields as 'chokepoint controls --format json'.");
        api.MapGet("/controls/{id}", Measure).WithSummary("One measure as written").WithDescription("Scope clauses, licence phases, status history and sources; as_of (default today) for the status. Same fields as 'chokepoint controls show ID --format json'.");
        api.MapGet("/exposure/{product}", Exposure).WithSummary("Multi-tier exposure of an item's supply to an importer").WithDescription("to (ISO3) is required; give exactly one of as_of (measures in force) or from (hypothetical cut-off by that country, optionally only items=a,b), as the CLI requires. made_in=true measures the makers located in the importer; issuer=ISO3 with as_of takes only that country's measures (the report's view). Static bound: no stocks, no substitution. Same fields as 'chokepoint exposure --format json'.");
        api.MapGet("/chokepoints", Chokepoints).WithSummary("Chokepoint ranking for an issuer and a target").WithDescription("issuer (ISO3), target (ISO3 or a group such as EU: worst member kept), as_of for the 'controlled' column. Same fields as 'chokepoint chokepoints --format json'.");
        api.MapGet("/leverage", Leverage).WithSummary("Leverage of an issuer over a target, measure by measure").WithDescription("issuer and target (ISO3, different); as_of (YYYY-MM-DD, default today: the issuer's measures in force) or scenario (a built-in scenario's measures, each as if in force), not both. Each row: the target's lost output value against the issuer's forgone export revenue, US$ a year (computed), ranked by their ratio; upper-bound ratios last. Same fields as 'chokepoint leverage --format json'.");
        api.MapGet("/items/{id}/prices", Prices).WithSummary("Observed and modelled prices of an item inside its issuer and outside").WithDescription("scenario (a built-in scenario, default replay-2025), runs (1–10,000, default 100), seed. Observed points (observed/prices.csv, sourced), modelled monthly paths (median, p5–p95; computed), the model's coefficients and the outside/inside ratio scored for fitted and later months. Same fields as 'chokepoint prices ITEM --format json'.");
        return api;
    }

    private static Ok<IReadOnlyList<ItemJson>> Items(AnalysisQueries q, [FromQuery] string? industry, [FromQuery] string? kind) =>
        TypedResults.Ok(q.Items(industry, kind).Json);

    private static Ok<SharesJson> Shares(AnalysisQueries q, string id, [FromQuery] string? year) => TypedResults.Ok(q.Shares(id, year).Json);

    private static Ok<IReadOnlyList<ControlJson>> Controls(AnalysisQueries q,
        [FromQuery(Name = "as_of")] string? asOf, [FromQuery] string? issuer, [FromQuery] string? target,
        [FromQuery] string? item, [FromQuery] string? hs, [FromQuery] string? status, [FromQuery] string? code) =>
        TypedResults.Ok(q.Controls(new ControlsRequest(asOf, issuer, target, item, hs, status, code)).Json);

    private static Ok<MeasureJson> Measure(AnalysisQueries q, string id, [FromQuery(Name = "as_of")] string? asOf) => TypedResults.Ok(q.Measure(id, asOf).Json);

    private static Ok<ExposureJson> Exposure(AnalysisQueries q, string product, [FromQuery] string? to,
        [FromQuery(Name = "as_of")] string? asOf, [FromQuery] string? from, [FromQuery] string? items,
        [FromQuery(Name = "approval_rate")] string? approvalRate, [FromQuery(Name = "made_in")] bool? madeIn, [FromQuery] string? issuer) =>
        TypedResults.Ok(q.Exposure(product, to, asOf, from, items, approvalRate, madeIn ?? false, issuer).Json);

    private static Ok<IReadOnlyList<ChokepointJson>> Chokepoints(AnalysisQueries q, [FromQuery] string? issuer, [FromQuery] string? target, [FromQuery(Name = "as_of")] string? asOf) =>
        TypedResults.Ok(q.Chokepoints(issuer, target, asOf).Json);

    private static Ok<PricesJson> Prices(AnalysisQueries q, string id, [FromQuery] string? scenario, [FromQuery] string? runs, [FromQuery] string? seed) =>
        TypedResults.Ok(q.Prices(id, scenario, runs, seed).Json);

    private static Ok<IReadOnlyList<LeverageJson>> Leverage(AnalysisQueries q, [FromQuery] string? issuer, [FromQuery] string? target,
        [FromQuery(Name = "as_of")] string? asOf, [FromQuery] string? scenario, [FromQuery] string? basis) =>
        TypedResults.Ok(q.Leverage(issuer, target, asOf, scenario, basis).Json);
}
