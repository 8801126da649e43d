using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Chokepoint.Application.Tables;
using Chokepoint.Application.Wording;
using Chokepoint.Cli.Infrastructure;
using Chokepoint.Simulation;
using Chokepoint.Simulation.Engine;
using Chokepoint.Simulation.Network;

namespace Chokepoint.Cli.Commands.Simulation;

/// <summary>bench: the engine on a seeded synthetic layered network (generator documented on <see cref="SyntheticNetwork"/>).</summary>
internal static class BenchCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var nodes = new Option<int>("--nodes") { Description = "Number of nodes", DefaultValueFactory = _ => 1_000_000 };
        var edges = new Option<int>("--edges") { Description = "Number of edges", DefaultValueFactory = _ => 10_000_000 };
        var days = new Option<int>("--days") { Description = "Days to simulate", DefaultValueFactory = _ => 365 };
        var seed = new Option<int>("--seed") { Description = "Seed of the network generator", DefaultValueFactory = _ => 1 };
        var threads = new Option<int>("--threads") { Description = "Threads splitting each day's pass", DefaultValueFactory = _ => 1 };
        var command = new Command("bench", "Time the engine on a synthetic layered supply network (edge-steps per second = edges × days ÷ seconds)")
        {
            nodes, edges, days, seed, threads,
        };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            var (n, e, d, t) = (parse.GetValue(nodes), parse.GetValue(edges), parse.GetValue(days), parse.GetValue(threads));
            if (n < 12) throw CliException.Usage($"--nodes {n} is too small; expected at least 12");
            if (e < n) throw CliException.Usage($"--edges {e} is below --nodes {n}; expected at least one edge per node");
            if (d is < 1 or > 3650) throw CliException.Usage($"--days {d} is out of range; expected 1 to 3650");
            if (t < 1) throw CliException.Usage($"--threads {t} is out of range; expected at least 1");
            if (MemoryBudget.Refusal(MemoryBudget.SyntheticNetworkBytes(n, e), MemoryBudget.LimitBytes(), $"a network of {n:N0} nodes and {e:N0} edges", "lower --nodes or --edges") is { } refusal)
                throw CliException.Usage(refusal);
            var clock = Stopwatch.StartNew();
            var network = SyntheticNetwork.Generate(n, e, d, parse.GetValue(seed));
            var build = clock.Elapsed.TotalSeconds;
            var engine = new DailyEngine(network, t);
            clock.Restart();
            var result = engine.Run(RunParameters.AsWritten, []);
            var seconds = clock.Elapsed.TotalSeconds;
            var rate = (double)network.EdgeCount * d / seconds;
            var fastest = network.EdgeCount / engine.FastestDaySeconds;
            var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
            var short_ = result.TtsDays.Count(x => x >= 0);
            var json = new
            {
                nodes = network.NodeCount, edges = network.EdgeCount, days = d, threads = t,
                seconds = Math.Round(seconds, 3), edge_steps_per_second = Math.Round(rate), peak_memory_mb = Math.Round(peak, 1),
                build_seconds = Math.Round(build, 3), nodes_short = short_, fastest_day_edge_steps_per_second = Math.Round(fastest),
            };
            var table = new Table("Engine benchmark (synthetic layered network)", "nodes", "edges", "days", "threads", "seconds", "edge-steps/s", "peak memory MB", "build seconds");
            table.Numeric(0, 1, 2, 3, 4, 5, 6, 7);
            table.Add(Format.Number(network.NodeCount), Format.Number(network.EdgeCount), Format.Int(d), Format.Int(t),
                seconds.ToString("0.000", CultureInfo.InvariantCulture), rate.ToString("0.00e+0", CultureInfo.InvariantCulture),
                Format.Number(Math.Round(peak)), build.ToString("0.000", CultureInfo.InvariantCulture));
            table.Note($"Fastest day: {fastest.ToString("0.00e+0", CultureInfo.InvariantCulture)} edge-steps/s (on a loaded machine the mean above includes time the process waited for a core).");
            table.Note($"{short_:N0} nodes fell short under the two synthetic measures (a licence from day 30, a ban from day 60).");
            ctx.Render.Write(json, table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
