using System.CommandLine;
using Chokepoint.Cli.Infrastructure;

namespace Chokepoint.Cli.Commands;

/// <summary>Your own supply chain: screen, licences, changes.</summary>
internal static class PartsCommands
{
    public static void Register(RootCommand root, Func<ParseResult, CliContext> context)
    {
        root.Subcommands.Add(ScreenCommand.Create(context));
        root.Subcommands.Add(LicenceCommands.Create(context));
        root.Subcommands.Add(ChangesCommand.Create(context));
    }
}
