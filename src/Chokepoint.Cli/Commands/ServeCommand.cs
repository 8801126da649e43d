using System.CommandLine;
using Chokepoint.Cli.Infrastructure;
using Chokepoint.Web.Hosting;

namespace Chokepoint.Cli.Commands;

/// <summary>serve: the web workspace and the /api/v1 JSON API over the same libraries.</summary>
internal static class ServeCommand
{
    public static void Register(RootCommand root, Func<ParseResult, CliContext> context)
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen (loopback unless an access key is given)", HelpName = "URL", DefaultValueFactory = _ => WebApp.DefaultUrls };
        var db = EvidenceOptions.Db();
        var key = new Option<string?>("--key") { Description = $"Access key every write must present (X-Chokepoint-Key header); required beyond loopback; or set {WebOptions.KeyVariable}", HelpName = "KEY" };
        var keyedReads = new Option<bool>("--keyed-reads") { Description = "Reads need the access key too" };
        var command = new Command("serve", "Start the web workspace (pages and the /api/v1 JSON API) on the dataset and the workspace file") { urls, db, key, keyedReads };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            var args = new List<string> { "--urls", parse.GetValue(urls)!, "--Chokepoint:Db", parse.GetValue(db)!.FullName };
            if (parse.GetValue(GlobalOptions.Data) is { } data) args.AddRange(["--Chokepoint:Data", data.FullName]);
            if (parse.GetValue(GlobalOptions.With) is { } with) args.AddRange(["--Chokepoint:With", with.FullName]);
            if (parse.GetValue(key) is { Length: > 0 } k) args.AddRange(["--Chokepoint:Key", k]);
            if (parse.GetValue(keyedReads)) args.AddRange(["--Chokepoint:KeyedReads", "true"]);
            Microsoft.AspNetCore.Builder.WebApplication app;
            try
            {
                app = WebApp.Create([.. args]);
            }
            catch (WebStartException ex)
            {
                throw ex.InvalidData ? CliException.InvalidData(ex.Message) : CliException.Usage(ex.Message);
            }
            try
            {
                WebApp.StartCheckedAsync(app).GetAwaiter().GetResult();
            }
            catch (WebStartException ex)
            {
                throw CliException.Usage(ex.Message);
            }
            foreach (var url in app.Urls) ctx.Out.WriteLine($"Chokepoint is serving {url} (workspace {parse.GetValue(db)!.Name}); API reference at {url.TrimEnd('/')}/api. Ctrl+C stops.");
            Microsoft.Extensions.Hosting.HostingAbstractionsHostExtensions.WaitForShutdown(app);
            return ExitCodes.Ok;
        });
        root.Subcommands.Add(command);
    }
}
