using Chokepoint.Contracts;
using Chokepoint.Web.Api;
using Chokepoint.Web.Jobs;
using Microsoft.AspNetCore.Builder;
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
    /// </summary>
    /// <exception cref="InvalidOperationException">The binding is refused (beyond loopback without a key) or the dataset or workspace cannot be used.</exception>
    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultUrls);
        var urls = (builder.Configuration["urls"] ?? DefaultUrls).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var key = builder.Configuration[$"{WebOptions.Section}:Key"] is { Length: > 0 } k ? k : Environment.GetEnvironmentVariable(WebOptions.KeyVariable);
        if (BindPolicy.Refusal(urls, key) is { } refusal) throw new InvalidOperationException(refusal);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting", LogLevel.Warning);
        AddServices(builder.Services, key);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = EvidenceQueries.MaxRequestBytes);
        var app = builder.Build();
        // Fail at start, not on the first request: the dataset must be valid and the workspace usable.
        app.Services.GetRequiredService<DatasetHolder>();
        try
        {
            app.Services.GetRequiredService<WorkspaceGate>().EnsureCreated();
        }
        catch (Evidence.Store.WorkspaceException ex)
        {
            throw new InvalidOperationException(ex.Message, ex);
        }
        Configure(app);
        return app;
    }

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
        services.AddMemoryCache(o => o.SizeLimit = 512);
        services.AddProblemDetails();
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
        services.AddRazorPages().AddApplicationPart(typeof(WebApp).Assembly);
        services.AddAntiforgery(o => o.FormFieldName = "__csrf");
    }

    private static void Configure(WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<AccessGuard>();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new ManifestEmbeddedFileProvider(typeof(WebApp).Assembly, "wwwroot"),
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });
        app.UseRouting();
        app.UseAntiforgery();
        var api = app.MapGroup("/api/v1").WithTags("v1");
        api.MapDatasetApi();
        api.MapJobApi();
        api.MapEvidenceApi();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapRazorPages();
    }
}
