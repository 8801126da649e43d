using System.CommandLine;
using Chokepoint.Application.Handlers;
using Chokepoint.Cli.Infrastructure;

namespace Chokepoint.Cli.Commands.Macro;

/// <summary>mrio bench: times L = (I − A)⁻¹ and shocks on a seeded synthetic MRIO.</summary>
internal static class MrioBenchCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var regions = new Option<int>("--regions") { Description = "Regions", DefaultValueFactory = _ => 10 };
        var sectors = new Option<int>("--sectors") { Description = "Sectors per region (total = regions × sectors)", DefaultValueFactory = _ => 1000 };
        var seed = new Option<int>("--seed") { Description = "Seed of the generator", DefaultValueFactory = _ => 1 };
        var inverseUpTo = new Option<int>("--inverse-up-to") { Description = "Also time the full inverse L = (I − A)⁻¹ (MathNet LU) when there are at most this many sectors", DefaultValueFactory = _ => 2000, HelpName = "SECTORS" };
        var command = new Command("bench", "Time the Leontief inverse and a supply and a demand shock on a seeded synthetic MRIO (default 10 × 1,000 = 10,000 sectors)") { regions, sectors, seed, inverseUpTo };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            ctx.Render.Write(MrioBenchHandler.Handle(parse.GetValue(regions), parse.GetValue(sectors), parse.GetValue(seed), parse.GetValue(inverseUpTo)));
            return ExitCodes.Ok;
        });
        return command;
    }
}
