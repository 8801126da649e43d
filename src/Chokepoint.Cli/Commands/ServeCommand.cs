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
        var key = new Option<string?>("--key") { Description = $"Access key every write must present (X-Chokepoint-Key header); required beyond loopback. Visible to other users in the process list: prefer --key-file or {WebOptions.KeyVariable}", HelpName = "KEY" };
        var keyFile = new Option<FileInfo?>("--key-file") { Description = "Read the access key from this file (its first line; not shown in the process list)", HelpName = "FILE" };
        var keyedReads = new Option<bool>("--keyed-reads") { Description = "Reads need the access key too" };
        var command = new Command("serve", "Start the web workspace (pages and the /api/v1 JSON API) on the dataset and the workspace file") { urls, db, key, keyFile, keyedReads };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            var args = new List<string> { "--urls", parse.GetValue(urls)!, "--Chokepoint:Db", parse.GetValue(db)!.FullName };
            if (parse.GetValue(GlobalOptions.Data) is { } data) args.AddRange(["--Chokepoint:Data", data.FullName]);
            if (parse.GetValue(GlobalOptions.With) is { } with) args.AddRange(["--Chokepoint:With", with.FullName]);
            if (AccessKey(ctx, parse.GetValue(key), parse.GetValue(keyFile)) is { Length: > 0 } k) args.AddRange(["--Chokepoint:Key", k]);
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

    // The key from --key (with a warning: any user can read a process's arguments) or from the first line of --key-file.
    private static string? AccessKey(CliContext ctx, string? key, FileInfo? file)
    {
        if (key is not null && file is not null) throw CliException.Usage("give either --key or --key-file, not both");
        if (key is not null)
        {
            ctx.Err.WriteLine($"Warning: --key is visible to other users of this machine in the process list; prefer --key-file FILE or the {WebOptions.KeyVariable} environment variable.");
            return key;
        }
        if (file is null) return null;
        var read = Data.Sources.RegularFile.Read(file.FullName, 4096);
        if (read.Bytes is null) throw CliException.Usage($"--key-file '{file.FullName}' {read.Problem}; expected a file holding the access key");
        var text = System.Text.Encoding.UTF8.GetString(read.Bytes).TrimStart('\uFEFF');
        var line = text.Split('\n', 2)[0].Trim();
        return line.Length > 0 ? line : throw CliException.Usage($"--key-file '{file.FullName}' has an empty first line; expected the access key on it");
    }
}
