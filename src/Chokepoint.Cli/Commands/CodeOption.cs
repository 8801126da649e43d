using System.CommandLine;

namespace Chokepoint.Cli.Commands;

/// <summary>The --code option: look-up by tariff line or control-list number (resolved by the application's CodeResolve).</summary>
internal static class CodeOption
{
    public static Option<string?> Create() => new("--code")
    {
        Description = "Only measures matching a code: HS or national tariff line (4–10 digits: HS 850511, China 8505111000, EU CN 85051100, US HTS 8505110070) or control-list number (US ECCN 3A090, EU Annex I 3D001, China's list 1C902.a.4, Dutch list 3B001.f.4)",
        HelpName = "CODE",
    };
}
