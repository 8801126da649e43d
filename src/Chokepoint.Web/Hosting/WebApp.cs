using System.Net.Sockets;
using Chokepoint.Contracts;
using Chokepoint.Web.Api;
using Chokepoint.Web.Jobs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Chokepoint.Web.Hosting;

/// <summary>Builds the web workspace: pages, /api/v1, OpenAPI, jobs, and the safety rules (loopback, key, CSP, antiforgery).</summary>
public static class WebApp
{
    /// <summary>Where the app listens unless told otherwise.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>
    /// Builds the app from command-line style arguments (--urls, --Chokepoint:Db, --Chokepoint:Key, …).
    /// Start it with <see cref="StartCheckedAsync"/>, which checks the addresses actually bound.
    /// </summary>
    /// <exception cref="WebStartException">A URL is malformed, the binding is refused (beyond loopback without a key) or the dataset or workspace cannot be used.</exception>
    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultUrls);
        var urls = (builder.Configuration["urls"] ?? DefaultUrls).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var url in urls)
            if (BindPolicy.Malformed(url) is { } problem) throw new WebStartException(problem);
        var key = builder.Configuration[$"{WebOptions.Section}:Key"] is { Length: > 0 } k ? k : Environment.GetEnvironmentVariable(WebOptions.KeyVariable);
        if (BindPolicy.Refusal(urls, key) is { } refusal) throw new WebStartException(refusal);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting", LogLevel.Warning);
        // The host logs a failed start ("Hosting failed to start") with its stack trace before StartCheckedAsync reports it
        // in one line; job failures are logged by JobWorker under its own category, so nothing else is lost.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        AddServices(builder.Services, key);
        // A loopback server answers only to loopback host names: a DNS-rebinding page (Host: evil.example) is refused.
        var loopback = BindPolicy.IsLoopbackOnly(urls);
        builder.Services.Configure<HostFilteringOptions>(o =>
        {
            o.AllowedHosts = loopback ? BindPolicy.LoopbackHosts(urls) : (builder.Configuration["AllowedHosts"] ?? "*").Split(';', StringSplitOptions.RemoveEmptyEntries);
            o.AllowEmptyHosts = false;
        });
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = BodyLimits.DefaultBytes);
        var app = builder.Build();
        // Fail at start, not on the first request: the dataset must be valid and the workspace usable.
        try
        {
            app.Services.GetRequiredService<DatasetHolder>();
            app.Services.GetRequiredService<WorkspaceGate>().EnsureCreated();
        }
        catch (InvalidDataException ex)
        {
            throw new WebStartException(ex.Message, invalidData: true, ex);
        }
        catch (Evidence.Store.WorkspaceException ex)
        {
            throw new WebStartException(ex.Message, invalidData: !ex.IsAccessProblem, ex);
        }
        catch (InvalidOperationException ex) when (ex is not WebStartException)
        {
            throw new WebStartException(ex.Message, ex);
        }
        app.Services.GetRequiredService<HeavyRequests>().ReserveThreads();
        Configure(app);
        return app;
    }

    /// <summary>
    /// Starts listening, then checks the addresses actually bound (configuration such as
    /// Kestrel__Endpoints__… can add some) against the loopback rule; stops and refuses when one is beyond
    /// loopback without a key.
    /// </summary>
    /// <exception cref="WebStartException">An address is in use or cannot be bound, or a bound address breaks the loopback rule.</exception>
    public static async Task StartCheckedAsync(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        try
        {
            await app.StartAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or SocketException or InvalidOperationException or FormatException)
        {
            // app.Urls is empty when nothing could be bound: name the addresses asked for.
            var urls = app.Urls.Count > 0 ? string.Join(";", app.Urls) : app.Configuration["urls"] ?? DefaultUrls;
            throw new WebStartException(ex.InnerException is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } || ex.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase)
                ? $"cannot listen on {urls}: the address is already in use; stop the other server or choose another port with --urls"
                : $"cannot listen on {urls}: {Cleaned(ex.Message)}; expected --urls like http://127.0.0.1:5080", ex);
        }
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
        if (BindPolicy.Refusal(bound, app.Services.GetRequiredService<WebOptions>().Key) is { } refusal)
        {
            await app.StopAsync().ConfigureAwait(false);
            throw new WebStartException($"the server was bound to {string.Join(";", bound)} (by --urls or configuration); {refusal}");
        }
    }

    private static string Cleaned(string message) => message.ReplaceLineEndings(" ").TrimEnd('.');

    private static void AddServices(IServiceCollection services, string? key)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IConfiguration>().GetSection(WebOptions.Section).Get<WebOptions>() ?? new WebOptions();
            return string.IsNullOrEmpty(o.Key) && !string.IsNullOrEmpty(key) ? o with { Key = key } : o;
        });
        services.AddSingleton(sp => new DatasetHolder(sp.GetRequiredService<WebOptions>()));
        services.AddSingleton<WorkspaceGate>();
        services.AddSingleton<JobBoard>();
        services.AddHostedService<JobWorker>();
        services.AddSingleton<AnalysisQueries>();
        services.AddSingleton<SimulationQueries>();
        services.AddSingleton<EvidenceQueries>();
        services.AddSingleton<ReportSimulations>();
        services.AddSingleton<PartsQueries>();
        services.AddMemoryCache(o => o.SizeLimit = 512);
        HeavyRequests.AddTo(services);
        // ASP.NET writes the problems it raises itself (a body over its limit while binding, 404s of status pages) with our parameter field too.
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            if (c.ProblemDetails.Status == 413 && !c.ProblemDetails.Extensions.ContainsKey("parameter"))
            {
                c.ProblemDetails.Extensions["parameter"] = BodyLimits.IsUpload(c.HttpContext.Request) ? "files" : "body";
                c.ProblemDetails.Detail ??= $"the request body is larger than this endpoint accepts ({(BodyLimits.IsUpload(c.HttpContext.Request) ? EvidenceQueries.MaxRequestBytes : BodyLimits.DefaultBytes) / (1024 * 1024)} MB)";
            }
        });
        services.AddAuthentication(AccessKeyHandler.SchemeName).AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, AccessKeyHandler>(AccessKeyHandler.SchemeName, null);
        services.AddSingleton<IAuthorizationHandler, AccessKeyAuthorization>();
        services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder(AccessKeyHandler.SchemeName).AddRequirements(new AccessKeyRequirement()).Build());
        services.Configure<HostOptions>(o => o.BackgroundServiceExceptionBehavior = BackgroundServiceExceptionBehavior.Ignore);
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.ConfigureHttpJsonOptions(o =>
        {
            ContractJson.Configure(o.SerializerOptions);
            o.SerializerOptions.TypeInfoResolverChain.Insert(0, ContractJsonContext.Default);
        });
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = EvidenceQueries.MaxRequestBytes);
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Chokepoint API";
            doc.Info.Description = "Exposure of supply chains to export controls on critical materials. JSON field names are those of the CLI's --format json. Errors are problem details naming the parameter at fault.";
            return Task.CompletedTask;
        }));
        services.AddRazorPages(o => o.Conventions.AllowAnonymousToPage("/Unlock").AllowAnonymousToPage("/Status")).AddApplicationPart(typeof(WebApp).Assembly);
        services.AddAntiforgery(o => o.FormFieldName = "__csrf");
    }

    private static void Configure(WebApplication app)
    {
        app.UseHostFiltering();
        // Browsers get HTML error pages, the API problem JSON (ErrorPages); the page reads the status from the exception.
        // A refused input is answered, not a server fault: no "unhandled exception" log line for it (ours logs the real faults).
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = ErrorPages.Path,
            AllowStatusCode404Response = true,
            SuppressDiagnosticsCallback = c => c.ExceptionHandledBy == ExceptionHandledType.ExceptionHandlerService || c.HttpContext.Items.ContainsKey(ErrorPages.ProblemKey),
        });
        app.UseWhen(c => ErrorPages.WantsHtml(c.Request), b => b.UseStatusCodePagesWithReExecute(ErrorPages.Path, "?code={0}"));
        app.UseWhen(c => !ErrorPages.WantsHtml(c.Request), b => b.UseStatusCodePages(ErrorPages.StatusProblem));
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<BodyLimits>();
        app.UseMiddleware<OriginCheck>();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new ManifestEmbeddedFileProvider(typeof(WebApp).Assembly, "wwwroot"),
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseRateLimiter();
        var api = app.MapGroup("/api/v1").WithTags("v1");
        api.MapDatasetApi();
        api.MapJobApi();
        api.MapEvidenceApi();
        api.MapPartsApi();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapRazorPages();
    }
}
