using System.CommandLine;

namespace Chokepoint.Cli.Commands;

/// <summary>The --code option: look-up by tariff line or control-list number (resolved by the application's CodeResolve).</summary>
internal static class CodeOption
{
    public static Option<string?> Create() => new("--code")
    {
        Description = "Only measures matching a code: HS or national tariff line (4–10 digits, e.g. 850511, 8505111000), US ECCN (3A090) or China's dual-use list number (1C902.a.4)",
        HelpName = "CODE",
    };
}
