using System.Text.Json.Nodes;
using Chokepoint.Cli.Infrastructure;
using Chokepoint.Contracts;
using Chokepoint.Simulation.MonteCarlo;

namespace Chokepoint.Cli.Commands.Simulation;

/// <summary>--out DIR: results.json (the JSON contract), results.csv (one row per node), series.csv (daily, long form) and the plots.</summary>
internal static class SimulationFiles
{
    public static void Write(DirectoryInfo dir, SimulationResult r, JsonObject json, CliContext ctx)
    {
        Directory.CreateDirectory(dir.FullName);
        File.WriteAllText(Path.Combine(dir.FullName, "results.json"), json.ToJsonString(Renderer.Json) + "\n");
        File.WriteAllText(Path.Combine(dir.FullName, "results.csv"), SimulationCsv.Summary(r));
        File.WriteAllText(Path.Combine(dir.FullName, "series.csv"), SimulationCsv.Series(r));
        if (r.Flows.Count > 0) File.WriteAllText(Path.Combine(dir.FullName, "flows.csv"), SimulationCsv.Flows(r));
        var plots = SimulationPlots.Write(dir.FullName, r);
        ctx.Err.WriteLine($"Wrote results.json, results.csv, series.csv{(r.Flows.Count > 0 ? ", flows.csv" : "")}{string.Concat(plots.Select(p => ", " + p))} to {dir.FullName}");
    }
}
