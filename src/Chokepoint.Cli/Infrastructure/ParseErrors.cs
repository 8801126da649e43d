using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace Chokepoint.Cli.Infrastructure;

/// <summary>
/// Command-line parse errors in the words of the other errors: "Error: --nodes 'abc' is not a whole number", not the
/// parser's .NET type names; the help is pointed at instead of printed to stdout, where it would mix with --format json.
/// </summary>
internal static partial class ParseErrors
{
    /// <summary>Writes every parse error of <paramref name="parse"/> and where the usage is; returns the exit code.</summary>
    public static int Report(ParseResult parse, Action<string> writeError, TextWriter error)
    {
        var path = CommandPath(parse.CommandResult);
        var messages = parse.Errors.Select(e => Explain(e.Message, NameOf(e.SymbolResult), path)).ToList();
        // "Required command was not provided" beside an unknown word only repeats it.
        if (messages.Count > 1) messages.RemoveAll(m => m.StartsWith("a command is required", StringComparison.Ordinal));
        // One word the parser does not know is enough to name: the words after it are unrecognized because of it.
        var unknown = messages.FindIndex(m => m.StartsWith("Unrecognized command or argument", StringComparison.Ordinal));
        if (unknown >= 0)
        {
            var first = messages[unknown];
            messages.RemoveAll(m => m.StartsWith("Unrecognized command or argument", StringComparison.Ordinal) && !ReferenceEquals(m, first));
        }
        foreach (var m in messages.Distinct(StringComparer.Ordinal)) writeError(m);
        error.WriteLine($"Run '{path} --help' for the usage.");
        return ExitCodes.Usage;
    }

    /// <summary>One parser message in the tool's words; messages without a better wording pass unchanged.</summary>
    /// <param name="message">The parser's message.</param>
    /// <param name="name">The option or argument it is about, if known (e.g. --basis).</param>
    /// <param name="path">The command, e.g. "chokepoint mrio".</param>
    public static string Explain(string message, string? name, string path)
    {
        var m = TypeError().Match(message);
        if (m.Success)
        {
            // Nullable options name System.Nullable`1[[System.Int32, …]]: the type is inside.
            var type = m.Groups["type"].Value;
            var kind = type.Contains("System.Int32", StringComparison.Ordinal) || type.Contains("System.Int64", StringComparison.Ordinal) ? "a whole number"
                : type.Contains("System.Double", StringComparison.Ordinal) || type.Contains("System.Decimal", StringComparison.Ordinal) ? "a number"
                : "a valid value";
            return $"{m.Groups["name"].Value} '{m.Groups["value"].Value}' is not {kind}";
        }
        var among = NotAmong().Match(message);
        if (among.Success)
        {
            var choices = Quoted().Matches(among.Groups["choices"].Value).Select(c => c.Groups[1].Value);
            var value = $"'{among.Groups["value"].Value}'";
            return $"{(name is null ? value : $"{name} {value}")} is not recognized; expected one of {string.Join(", ", choices)}";
        }
        if (message == "Required command was not provided.") return "a command is required";
        return message;
    }

    private static string? NameOf(SymbolResult? result) => result switch
    {
        OptionResult o => o.Option.Name,
        ArgumentResult { Parent: OptionResult o } => o.Option.Name,
        ArgumentResult a => a.Argument.Name,
        _ => null,
    };

    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is CommandResult c; r = c.Parent)
            if (c.Command is not RootCommand) names.Insert(0, c.Command.Name);
        return string.Join(' ', ["chokepoint", .. names]);
    }

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for (?:option|argument) '(?<name>[^']*)' as expected type '(?<type>[^']*)'", RegexOptions.Singleline)]
    private static partial Regex TypeError();

    [GeneratedRegex(@"^Argument '(?<value>.*)' not recognized\. Must be one of:(?<choices>.*)$", RegexOptions.Singleline)]
    private static partial Regex NotAmong();

    [GeneratedRegex(@"'([^']*)'")]
    private static partial Regex Quoted();
}
