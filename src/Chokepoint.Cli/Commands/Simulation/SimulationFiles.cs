using System.Text.Json.Nodes;
using Chokepoint.Cli.Infrastructure;
using Chokepoint.Application.Charts;
using Chokepoint.Contracts;
using Chokepoint.Reports;
using Chokepoint.Simulation.MonteCarlo;

namespace Chokepoint.Cli.Commands.Simulation;

/// <summary>--out DIR: results.json (the JSON contract), results.csv (one row per node), series.csv (daily, long form), prices.csv (monthly price paths) and the plots.</summary>
internal static class SimulationFiles
{
    /// <summary>The kinds of file simulate --out writes (a folder holding others is refused).</summary>
    public static readonly IReadOnlyCollection<string> Extensions = [".json", ".csv", ".png", ".svg"];

    /// <summary>Writes every file into a staging folder and swaps it in (<see cref="OutputFolder"/>): all new files or none.</summary>
    public static void Write(DirectoryInfo dir, SimulationResult r, JsonObject json, CliContext ctx, string? pricesCsv = null)
    {
        IReadOnlyList<string> plots = [];
        try
        {
            OutputFolder.Write(dir.FullName, Extensions, staging =>
            {
                File.WriteAllText(Path.Combine(staging, "results.json"), json.ToJsonString(Renderer.Json) + "\n");
                File.WriteAllText(Path.Combine(staging, "results.csv"), SimulationCsv.Summary(r));
                File.WriteAllText(Path.Combine(staging, "series.csv"), SimulationCsv.Series(r));
                if (r.Flows.Count > 0) File.WriteAllText(Path.Combine(staging, "flows.csv"), SimulationCsv.Flows(r));
                if (pricesCsv is not null) File.WriteAllText(Path.Combine(staging, "prices.csv"), pricesCsv);
                plots = ChartFigures.WriteBoth(StressChart.Of(r), staging, "output-curves");
            });
        }
        catch (OutputFolderException ex)
        {
            throw CliException.Usage($"--out: {ex.Message}");
        }
        ctx.Err.WriteLine($"Wrote results.json, results.csv, series.csv{(r.Flows.Count > 0 ? ", flows.csv" : "")}{(pricesCsv is null ? "" : ", prices.csv")}{string.Concat(plots.Select(p => ", " + p))} to {dir.FullName}");
    }
}
