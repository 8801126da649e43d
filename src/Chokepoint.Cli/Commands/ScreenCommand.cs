using System.CommandLine;
using System.Text.Json;
using Chokepoint.Application.Parts;
using Chokepoint.Cli.Infrastructure;
using Chokepoint.Contracts;
using Chokepoint.Reports;

namespace Chokepoint.Cli.Commands;

/// <summary>screen: parse → ScreenHandler → render (table, JSON, CSV) and optionally write --out (.xlsx, .csv, .json).</summary>
internal static class ScreenCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var file = new Argument<FileInfo>("PARTS") { Description = "Parts list: .csv or .xlsx with the header part,description,code,origin,supplier,supplier_country,quantity_per_year,stock_days,end_use (or mapped with --map)" };
        var destination = new Option<string>("--destination") { Description = "Where the parts are delivered (ISO3)", Required = true };
        var asOf = new Option<string?>("--as-of") { Description = "Date of the screen, YYYY-MM-DD (default: today)", HelpName = "DATE" };
        var map = new Option<string?>("--map") { Description = "Your headers for the fields, e.g. part=Part No,code=HS code,origin=COO", HelpName = "FIELD=HEADER,…" };
        var profile = ProfileOption();
        var saveProfile = new Option<string?>("--save-profile") { Description = "Save the mapping in effect (--map, over --profile) in the workspace under NAME", HelpName = "NAME" };
        var db = EvidenceOptions.Db();
        var output = new Option<FileInfo?>("--out") { Description = "Also write the results to FILE: .xlsx (results and measures sheets), .csv or .json", HelpName = "FILE" };
        var command = new Command("screen", "Screen a parts list: the measures that reach each part on a date, those announced for later, licence terms, output at risk and time-to-survive on your stock") { file, destination, asOf, map, profile, saveProfile, db, output };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            var target = parse.GetValue(output);
            var outFormat = target is null ? null : Path.GetExtension(target.Name).ToLowerInvariant() switch
            {
                ".xlsx" => "xlsx", ".csv" => "csv", ".json" => "json",
                _ => throw CliException.Usage($"--out '{SafeText.Clip(target.Name)}': expected a file ending in .xlsx, .csv or .json"),
            };
            OutputGuard.File(target, "--out");
            var parts = parse.GetValue(file)!;
            CheckParts(parts);
            if (parts.Length > PartsInput.MaxBytes) throw CliException.InvalidData($"'{SafeText.Clip(parts.Name)}' is {parts.Length / (1024 * 1024)} MB; the limit is {PartsInput.MaxBytes / (1024 * 1024)} MB");
            var session = ctx.Session();
            var store = parse.GetValue(db)!;
            var saving = !string.IsNullOrWhiteSpace(parse.GetValue(saveProfile));
            var mapping = MappingProfiles.Resolve(session, parse.GetValue(map), parse.GetValue(profile), parse.GetValue(saveProfile),
                () => LicenceCommands.Open(store, create: saving, ctx.Clock));
            ScreenAnswer answer;
            using (var stream = parts.OpenRead())
                answer = ScreenHandler.Handle(session, new ScreenRequest(parts.Name, parse.GetValue(destination), parse.GetValue(asOf), mapping), stream);
            if (target is not null) WriteFile(target, outFormat!, answer);
            switch (ctx.Format)
            {
                case OutputFormat.Json: ctx.Out.WriteLine(JsonSerializer.Serialize(answer.Json, Renderer.Json)); break;
                case OutputFormat.Csv: WriteCsv(ctx.Out, answer.Json); break;
                default:
                    if (target is not null) answer.Table.Note($"Written: {target.Name}");
                    ctx.Render.Write(answer.Json, answer.Table, answer.MeasuresTable);
                    break;
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Written whole through <see cref="OutputFile"/> (staged, then renamed over the target).</summary>
    private static void WriteFile(FileInfo target, string format, ScreenAnswer answer)
    {
        try
        {
            OutputFile.Write(target.FullName, staged =>
            {
                if (format == "xlsx")
                {
                    ScreenOutput.WriteXlsxFile(staged, answer);
                    return;
                }
                using var writer = new StreamWriter(staged);
                if (format == "json") writer.Write(JsonSerializer.Serialize(answer.Json, Renderer.Json));
                else WriteCsv(writer, answer.Json);
            });
        }
        catch (OutputFolderException ex) { throw CliException.Usage($"--out: {ex.Message}"); }
    }

    /// <summary>The parts list of screen and changes exists and is a file; the message names the path as given.</summary>
    internal static void CheckParts(FileInfo parts)
    {
        if (Directory.Exists(parts.FullName)) throw CliException.Usage($"'{SafeText.Clip(parts.ToString())}' is a folder; expected a .csv or .xlsx parts file");
        if (!parts.Exists) throw CliException.Usage($"no parts file '{SafeText.Clip(parts.ToString())}'; expected a .csv or .xlsx file");
    }

    /// <summary>The --profile option of screen and changes.</summary>
    internal static Option<string?> ProfileOption() => new("--profile")
    {
        Description = "Read the parts list with a mapping saved in the workspace (--save-profile); --map pairs override its fields",
        HelpName = "NAME",
    };

    private static void WriteCsv(TextWriter writer, IReadOnlyList<ScreenPartJson> parts) => ScreenOutput.WriteCsv(writer, parts, SafeText.Clean);
}
