using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Chokepoint.Analysis.Screening;
using Chokepoint.Cli.Infrastructure;
using Chokepoint.Contracts;
using Chokepoint.Data.Parts;
using Chokepoint.Model;
using CsvHelper;

namespace Chokepoint.Cli.Commands;

/// <summary>screen: a parts list (CSV or XLSX) against the registry for a destination on a date.</summary>
internal static class ScreenCommand
{
    /// <summary>Largest parts file read, in bytes.</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var file = new Argument<FileInfo>("PARTS") { Description = "Parts list: .csv or .xlsx with the header part,description,code,origin,supplier,supplier_country,quantity_per_year,stock_days (or mapped with --map)" };
        var destination = new Option<string>("--destination") { Description = "Where the parts are delivered (ISO3)", Required = true };
        var asOf = new Option<string?>("--as-of") { Description = "Date of the screen, YYYY-MM-DD (default: today)", HelpName = "DATE" };
        var map = new Option<string?>("--map") { Description = "Your headers for the fields, e.g. part=Part No,code=HS code,origin=COO", HelpName = "FIELD=HEADER,…" };
        var output = new Option<FileInfo?>("--out") { Description = "Also write the results to FILE: .xlsx (results and measures sheets), .csv or .json", HelpName = "FILE" };
        var command = new Command("screen", "Screen a parts list: the measures that reach each part on a date, those announced for later, licence terms, output at risk and time-to-survive on your stock") { file, destination, asOf, map, output };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            var dataset = ctx.LoadDataset();
            var dest = AnalysisOptions.RequireCountry(dataset, parse.GetValue(destination)!, "--destination");
            var date = AnalysisOptions.DateOr(parse.GetValue(asOf), "--as-of", ctx.Today);
            var columns = PartsColumns.Parse(parse.GetValue(map), out var mapProblem) ?? throw CliException.Usage($"--map: {mapProblem}");
            var out_ = parse.GetValue(output);
            var outFormat = out_ is null ? null : Path.GetExtension(out_.Name).ToLowerInvariant() switch
            {
                ".xlsx" => "xlsx", ".csv" => "csv", ".json" => "json",
                _ => throw CliException.Usage($"--out '{SafeText.Clip(out_.Name)}': expected a file ending in .xlsx, .csv or .json"),
            };
            var read = ReadParts(parse.GetValue(file)!, columns, dataset);
            var screener = new PartScreener(dataset, dest, date);
            var screens = new List<PartScreen>(read.Rows.Count);
            foreach (var row in read.Rows) screens.Add(screener.Screen(row));
            var json = screens.Select(ScreenPartJson.Of).ToList();
            if (out_ is not null) WriteFile(out_, outFormat!, json, ScreenMeasureRow.Of(dataset, screens, date));
            Render(ctx, dataset, dest, date, json, out_);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Reads a parts file, or fails (exit 2) listing every problem with its row and column.</summary>
    public static PartsReadResult ReadParts(FileInfo file, PartsColumns columns, Dataset dataset)
    {
        if (!file.Exists) throw CliException.Usage($"no parts file '{SafeText.Clip(file.Name)}'; expected a .csv or .xlsx file");
        var format = PartsFileReader.FormatOf(file.Name) ?? throw CliException.Usage($"'{SafeText.Clip(file.Name)}' is neither .csv nor .xlsx; expected a parts list in one of those");
        if (file.Length > MaxBytes) throw CliException.InvalidData($"'{SafeText.Clip(file.Name)}' is {file.Length / (1024 * 1024)} MB; the limit is {MaxBytes / (1024 * 1024)} MB");
        using var stream = file.OpenRead();
        var read = PartsFileReader.Read(stream, format, columns, dataset.Countries.ContainsKey);
        if (read.Ok) return read;
        var lines = read.Problems.Select(p => $"{file.Name}: {p}").ToList();
        if (read.ProblemCount > read.Problems.Count) lines.Add($"… and {read.ProblemCount - read.Problems.Count} more problem(s)");
        throw CliException.InvalidData($"the parts list has {read.ProblemCount} problem(s):{Environment.NewLine}{string.Join(Environment.NewLine, lines)}");
    }

    private static void WriteFile(FileInfo target, string format, IReadOnlyList<ScreenPartJson> parts, IReadOnlyList<ScreenMeasureRow> measures)
    {
        if (target.Directory is { Exists: false } dir) throw CliException.Usage($"--out: the folder '{dir.FullName}' does not exist");
        if (format == "xlsx")
        {
            ScreenWorkbook.WriteFile(target.FullName, ScreenPartJson.Columns, parts.Select(p => p.Flat()), ScreenMeasureRow.Columns, measures.Select(m => m.Flat()));
            return;
        }
        var staged = Path.Combine(target.DirectoryName!, $".{target.Name}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var writer = new StreamWriter(staged))
            {
                if (format == "json") writer.Write(JsonSerializer.Serialize(parts, Renderer.Json));
                else WriteCsv(writer, parts);
            }
            File.Move(staged, target.FullName, overwrite: true);
        }
        finally
        {
            if (File.Exists(staged)) File.Delete(staged);
        }
    }

    private static void WriteCsv(TextWriter writer, IReadOnlyList<ScreenPartJson> parts)
    {
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var c in ScreenPartJson.Columns) csv.WriteField(c);
        csv.NextRecord();
        foreach (var p in parts)
        {
            foreach (var v in p.Flat()) csv.WriteField(ScreenPartJson.Text(v));
            csv.NextRecord();
        }
    }

    private static void Render(CliContext ctx, Dataset dataset, string dest, DateOnly date, List<ScreenPartJson> parts, FileInfo? written)
    {
        switch (ctx.Format)
        {
            case OutputFormat.Json:
                ctx.Out.WriteLine(JsonSerializer.Serialize(parts, Renderer.Json));
                return;
            case OutputFormat.Csv:
                WriteCsv(ctx.Out, parts);
                return;
        }
        const int shown = 200;
        var flagged = parts.Where(p => p.Verdict != "clear").ToList();
        var table = new TableModel($"Parts screened for {dest} on {Infrastructure.Format.Date(date)}: {parts.Count} parts, {parts.Count(p => p.Verdict == "controlled")} controlled, {parts.Count(p => p.Verdict == "announced")} announced, {parts.Count(p => p.Verdict == "suspended")} suspended only, {parts.Count(p => p.Verdict == "not-in-dataset")} not in the dataset",
            "row", "part", "code", "origin", "verdict", "in force", "announced", "suspended", "at risk", "TTS days").Numeric(0, 8, 9).WhenEmpty("no part is reached by a measure.");
        foreach (var p in flagged.Take(shown))
            table.Add(p.Row.ToString(CultureInfo.InvariantCulture), p.Part, p.Code, p.Origin + (p.SupplierCountry.Length > 0 && p.SupplierCountry != p.Origin ? $" via {p.SupplierCountry}" : ""),
                p.Verdict, Infrastructure.Format.List(p.Measures), Infrastructure.Format.List(p.Announced), Infrastructure.Format.List(p.Suspended),
                p.OutputAtRisk is { } r ? Infrastructure.Format.Pct(r * 100) : "-", p.TtsDays is { } t ? Infrastructure.Format.Number(t) : "-");
        if (flagged.Count > shown) table.Note($"{flagged.Count - shown} more flagged part(s): use --format csv/json or --out FILE.xlsx.");
        table.Note("Parts whose verdict is 'clear' are not listed. At risk: share of the part's supply stopped on the date, from its origin (static bound: no stock, no substitution; computed). TTS: your stock_days divided by that share (computed).");
        table.Note($"Reach: export when shipped from the issuer, re-export when issuer-origin goods ship from elsewhere ('via'), foreign content when made elsewhere. Registry reviewed through {(dataset.Tables.ControlsReviewedThrough is { } rv ? Infrastructure.Format.Date(rv) : "an undeclared date")}.");
        if (written is not null) table.Note($"Written: {written.Name}");
        ctx.Render.Write(parts, table);
    }
}
