using System.CommandLine;

namespace Chokepoint.Cli.Infrastructure;

/// <summary>Output formats every command accepts.</summary>
internal enum OutputFormat
{
    Table,
    Json,
    Csv,
}

/// <summary>Options that every command takes (declared once on the root, recursive).</summary>
internal static class GlobalOptions
{
    public static readonly Option<DirectoryInfo?> Data = new("--data")
    {
        Description = "Use the dataset folder DIR alone instead of the embedded default dataset",
        HelpName = "DIR",
        Recursive = true,
    };

    public static readonly Option<DirectoryInfo?> With = new("--with")
    {
        Description = "Layer the dataset folder DIR over the default: rows with the same key replace, new rows add",
        HelpName = "DIR",
        Recursive = true,
    };

    // Parsed here, not by the enum binder, so the help says "table" and a bad value is named in the tool's words.
    public static readonly Option<OutputFormat> Format = new("--format")
    {
        Description = "Output format (default: table)",
        HelpName = "table|json|csv",
        Recursive = true,
        CustomParser = r =>
        {
            var value = r.Tokens.Count == 1 ? r.Tokens[0].Value : "";
            switch (value.ToLowerInvariant())
            {
                case "table": return OutputFormat.Table;
                case "json": return OutputFormat.Json;
                case "csv": return OutputFormat.Csv;
                default:
                    r.AddError($"--format '{value}' is not a format; expected table, json or csv");
                    return OutputFormat.Table;
            }
        },
    };

    public static readonly Option<bool> Debug = new("--debug")
    {
        Description = "Show stack traces of unexpected errors",
        Recursive = true,
    };

    public static void AddTo(RootCommand root)
    {
        root.Options.Add(Data);
        root.Options.Add(With);
        root.Options.Add(Format);
        root.Options.Add(Debug);
    }
}
