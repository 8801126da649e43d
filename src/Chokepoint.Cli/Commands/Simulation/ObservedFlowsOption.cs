using System.CommandLine;

namespace Chokepoint.Cli.Commands.Simulation;

/// <summary>--observed-flows: drive the issuer's exports by observed/flows.csv where a series exists (issue 18 §3).</summary>
internal static class ObservedFlowsOption
{
    public static Option<bool> Create() => new("--observed-flows")
    {
        Description = "Drive the issuer's exports by the observed monthly series (observed/flows.csv) wherever one exists, held at each month's rate; the registry's phases elsewhere",
    };
}
