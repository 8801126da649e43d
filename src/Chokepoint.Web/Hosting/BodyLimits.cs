using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Chokepoint.Web.Hosting;

/// <summary>
/// Each request body gets the limit its input needs: uploads (POST /api/v1/documents and the evidence
/// page's upload form; parts lists for screen and changes) the upload limit, everything else (JSON jobs, forms) <see cref="DefaultBytes"/>.
/// Forty concurrent 60 MB posts to a JSON endpoint held 4.5 GB under a single 64 MB limit.
/// </summary>
internal sealed class BodyLimits(RequestDelegate next)
{
    /// <summary>Largest body of any request but an upload: a scenario YAML of 256 K characters, escaped, fits.</summary>
    public const long DefaultBytes = 2L * 1024 * 1024;

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = IsUpload(context.Request) ? Api.EvidenceQueries.MaxRequestBytes : DefaultBytes;
        return next(context);
    }

    public static bool IsUpload(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) &&
        (request.Path.Equals("/api/v1/documents", StringComparison.Ordinal) || request.Path.Equals("/evidence", StringComparison.Ordinal) || IsPartsUpload(request.Path));

    // Parts lists: screen and changes, on the API and on their pages.
    private static bool IsPartsUpload(PathString path) =>
        path.Equals("/api/v1/screen", StringComparison.Ordinal) || path.Equals("/screen", StringComparison.Ordinal)
        || path.Equals("/api/v1/changes", StringComparison.Ordinal) || path.Equals("/changes", StringComparison.Ordinal);
}
