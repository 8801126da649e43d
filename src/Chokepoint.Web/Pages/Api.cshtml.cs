using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chokepoint.Web.Pages;

/// <summary>
/// A readable API reference built from the same endpoint metadata as /openapi/v1.json, served under the
/// app's own Content-Security-Policy (no external script, no inline script).
/// </summary>
public sealed class ApiModel(IApiDescriptionGroupCollectionProvider explorer) : PageModel
{
    /// <summary>The endpoints of /api/v1 in path order.</summary>
    public IReadOnlyList<ApiDescription> Endpoints { get; private set; } = [];

    /// <summary>Lists the endpoints.</summary>
    public void OnGet() => Endpoints = explorer.ApiDescriptionGroups.Items.SelectMany(g => g.Items)
        .Where(d => d.RelativePath?.StartsWith("api/v1", StringComparison.Ordinal) == true)
        .OrderBy(d => d.RelativePath, StringComparer.Ordinal).ThenBy(d => d.HttpMethod, StringComparer.Ordinal).ToList();

    /// <summary>The summary and description of an endpoint.</summary>
    public static (string Summary, string Description) Text(ApiDescription d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var meta = d.ActionDescriptor.EndpointMetadata;
        return (meta.OfType<IEndpointSummaryMetadata>().LastOrDefault()?.Summary ?? "", meta.OfType<IEndpointDescriptionMetadata>().LastOrDefault()?.Description ?? "");
    }
}
