using Chokepoint.Application.Inputs;
using Chokepoint.Application;
using Chokepoint.Application.Handlers;
using Chokepoint.Contracts;
using Chokepoint.Model;
using Chokepoint.Web.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chokepoint.Web.Pages;

/// <summary>Exposure: product + importer + as-of date or hypothetical blockade → the tier tree with the limiting path, and the chokepoint ranking.</summary>
public sealed class ExposureModel(AnalysisQueries queries) : PageModel
{
    /// <summary>Product (item) id.</summary>
    [BindProperty(SupportsGet = true)] public string? Product { get; set; }
    /// <summary>Importer ISO3.</summary>
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    /// <summary>as_of (measures in force).</summary>
    [BindProperty(SupportsGet = true, Name = "as_of")] public string? AsOf { get; set; }
    /// <summary>from: hypothetical cut-off by this country.</summary>
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    /// <summary>items: with from, only these items.</summary>
    [BindProperty(SupportsGet = true)] public string? Items { get; set; }
    /// <summary>made_in: the makers located in the importer instead of what its buyers receive.</summary>
    [BindProperty(SupportsGet = true, Name = "made_in")] public bool MadeIn { get; set; }
    /// <summary>issuer: with as_of, only this country's measures.</summary>
    [BindProperty(SupportsGet = true)] public string? Issuer { get; set; }
    /// <summary>approval_rate override for licence regimes.</summary>
    [BindProperty(SupportsGet = true, Name = "approval_rate")] public string? ApprovalRate { get; set; }

    /// <summary>The result, when a product was asked for.</summary>
    public ExposureAnswer? View { get; private set; }
    /// <summary>The tier tree, from the same recursion as the figure (the application's <see cref="TierTreeView"/>).</summary>
    public TierTree? Tree { get; private set; }
    /// <summary>The chokepoint ranking issuer → importer.</summary>
    public Answer<IReadOnlyList<ChokepointJson>>? Ranking { get; private set; }
    /// <summary>Issuer of the ranking.</summary>
    public string RankIssuer { get; private set; } = "CHN";
    /// <summary>Input error.</summary>
    public string? Error { get; private set; }
    /// <summary>Products and components to choose from.</summary>
    public IReadOnlyList<Item> Choices => queries.Dataset.Tables.Items.Where(i => i.Kind is ItemKind.Product or ItemKind.Component).OrderBy(i => i.Id, StringComparer.Ordinal).ToList();
    /// <summary>Today (default date).</summary>
    public DateOnly Today => queries.Today;

    /// <summary>Runs the analysis when a product is given; the ranking whenever an importer is.</summary>
    public void OnGet()
    {
        To = string.IsNullOrWhiteSpace(To) ? "USA" : To;
        try
        {
            if (!string.IsNullOrWhiteSpace(Product))
            {
                View = queries.Exposure(Product, To, AsOf, From, Items, ApprovalRate, MadeIn, Issuer);
                Tree = TierTreeView.Of(View);
            }
            RankIssuer = !string.IsNullOrWhiteSpace(From) ? From.Trim().ToUpperInvariant() : !string.IsNullOrWhiteSpace(Issuer) ? Issuer.Trim().ToUpperInvariant() : "CHN";
            Ranking = queries.Chokepoints(RankIssuer, To, View?.AsOf is { } d ? Nav.Date(d) : AsOf);
        }
        catch (RequestException ex)
        {
            Error = ex.Message;
        }
    }
}
