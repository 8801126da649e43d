using System.CommandLine;
using Chokepoint.Cli.Infrastructure;

namespace Chokepoint.Cli.Commands.Helps;

/// <summary>mitigate, tts, leverage: what helps, and who holds the leverage.</summary>
internal static class HelpsCommands
{
    public static void Register(RootCommand root, Func<ParseResult, CliContext> context)
    {
        root.Subcommands.Add(MitigateCommand.Create(context));
        root.Subcommands.Add(TtsCommand.Create(context));
        root.Subcommands.Add(LeverageCommand.Create(context));
    }
}
