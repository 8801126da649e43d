using System.CommandLine;
using Chokepoint.Analysis.Codes;
using Chokepoint.Cli.Infrastructure;
using Chokepoint.Model;

namespace Chokepoint.Cli.Commands;

/// <summary>The --code option: look-up by tariff line or control-list number (codes.csv and the items' HS codes).</summary>
internal static class CodeOption
{
    public static Option<string?> Create() => new("--code")
    {
        Description = "Only measures matching a code: HS or national tariff line (4–10 digits, e.g. 850511, 8505111000), US ECCN (3A090) or China's dual-use list number (1C902.a.4)",
        HelpName = "CODE",
    };

    /// <summary>The match of <paramref name="code"/>, or a usage error naming the nearest known codes.</summary>
    public static CodeMatch Resolve(Dataset dataset, string code)
    {
        var shown = SafeText.Clip(code);
        if (!CodeIndex.IsWellFormed(code))
            throw CliException.Usage($"--code '{shown}' is neither a tariff code (4 to 10 digits, e.g. 850511 or 8505111000) nor a control-list number (e.g. 3A090, 1C902.a.4)");
        var match = new CodeIndex(dataset).Lookup(code);
        if (!match.Found)
            throw CliException.Usage($"--code '{shown}' matches no code of the dataset (items.csv, codes.csv){(match.Nearest.Count > 0 ? $"; nearest known: {string.Join(", ", match.Nearest)}" : "")}");
        return match;
    }

    /// <summary>One line saying which code systems matched and through which items or measures.</summary>
    public static string Describe(CodeMatch match)
    {
        var parts = match.Hits.GroupBy(h => h.System).Select(g =>
            $"{CodeNames.Of(g.Key)} {string.Join(", ", g.Select(h => $"{h.Code}{(h.Exact ? "" : " (prefix)")} → {h.Subject}{(h.Source is { } s ? $" [{s}]" : " [items.csv]")}").Distinct())}");
        return $"Code {match.Query} matched: {string.Join("; ", parts)}.";
    }
}
