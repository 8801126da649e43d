using Chokepoint.Application.Inputs;
using Chokepoint.Analysis.Exposure;
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
    private const int MaxNodes = 400;
    private int _nodes;

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
    /// <summary>approval_rate override for licence regimes.</summary>
    [BindProperty(SupportsGet = true, Name = "approval_rate")] public string? ApprovalRate { get; set; }

    /// <summary>The result, when a product was asked for.</summary>
    public ExposureAnswer? View { get; private set; }
    /// <summary>The tier tree.</summary>
    public TierNode? Tree { get; private set; }
    /// <summary>The chokepoint ranking issuer → importer.</summary>
    public Answer<IReadOnlyList<ChokepointJson>>? Ranking { get; private set; }
    /// <summary>Issuer of the ranking.</summary>
    public string RankIssuer { get; private set; } = "CHN";
    /// <summary>Input error.</summary>
    public string? Error { get; private set; }
    /// <summary>True when the tree was cut at <see cref="MaxNodes"/>.</summary>
    public bool Truncated => _nodes >= MaxNodes;
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
                View = queries.Exposure(Product, To, AsOf, From, Items, ApprovalRate);
                var path = View.Result.LimitingPath.ToHashSet(StringComparer.Ordinal);
                Tree = new TierNode(View.Result.Item, 1 - View.Result.OutputAtRisk, 0, true, true, Children(View.Analysis, View.Result.Item, View.Result.Importer, path, View.Result.LimitingPath, 1, 0));
            }
            RankIssuer = string.IsNullOrWhiteSpace(From) ? "CHN" : From.Trim().ToUpperInvariant();
            Ranking = queries.Chokepoints(RankIssuer, To, View?.AsOf is { } d ? Nav.Date(d) : AsOf);
        }
        catch (RequestException ex)
        {
            Error = ex.Message;
        }
    }

    // First tier: exact (the importer's mix, as the analysis reports); deeper tiers: each input's analysis
    // seen from the importer's own sourcing, a readable approximation of the producers' mixes.
    private List<TierNode> Children(ExposureAnalysis analysis, string item, string importer, HashSet<string> path, IReadOnlyList<string> limiting, int depth, int pathIndex)
    {
        var result = new List<TierNode>();
        if (depth > 8 || _nodes >= MaxNodes) return result;
        var lines = queries.Dataset.InputsOf(item).ToDictionary(l => l.Input, l => l.Essential, StringComparer.Ordinal);
        var inputs = analysis.Analyse(item, importer).Inputs.OrderBy(i => i.Available);
        foreach (var input in inputs)
        {
            _nodes++;
            var onPath = pathIndex + 1 < limiting.Count && limiting[pathIndex + 1] == input.Item;
            var children = Children(analysis, input.Item, importer, path, limiting, depth + 1, onPath ? pathIndex + 1 : limiting.Count);
            result.Add(new TierNode(input.Item, input.Available, input.ShareBlocked, lines.GetValueOrDefault(input.Item, true), onPath, children));
        }
        return result;
    }
}
