using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Chokepoint.Analysis.Macro;
using Chokepoint.Cli.Infrastructure;

namespace Chokepoint.Cli.Commands.Macro;

/// <summary>mrio bench: times x, A, L = (I − A)⁻¹ and a shock on a seeded synthetic MRIO (<see cref="SyntheticMrio"/>).</summary>
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
            var (r, s) = (parse.GetValue(regions), parse.GetValue(sectors));
            if (r < 1 || s < 1) throw CliException.Usage($"--regions {r} --sectors {s}: expected at least 1 of each");
            var n = (long)r * s;
            if (n > 30_000) throw CliException.Usage($"{n:N0} sectors would need {6 * n * n * 8 / 1e9:0} GB of dense matrices; expected at most 30,000");
            var maxInverse = parse.GetValue(inverseUpTo);
            var clock = Stopwatch.StartNew();
            var system = SyntheticMrio.Generate(r, s, parse.GetValue(seed));
            var generate = clock.Elapsed.TotalSeconds;
            double? inverse = null;
            if (n <= maxInverse)
            {
                clock.Restart();
                var x0 = MrioCalculator.TotalOutput(system);
                _ = MrioCalculator.Leontief(MrioCalculator.ScaleColumns(system.Z.Values, (int)n, (int)n, MrioCalculator.Reciprocal(x0)), (int)n);
                inverse = clock.Elapsed.TotalSeconds;
            }
            clock.Restart();
            var model = MrioModel.WithoutInverse(system);
            var setup = clock.Elapsed.TotalSeconds;
            clock.Restart();
            var multipliers = model.ValueAddedMultipliers();
            var multiplierSeconds = clock.Elapsed.TotalSeconds;
            clock.Restart();
            var losses = Enumerable.Range(0, Math.Min(10, s)).Select(k => new SectorOutputLoss("r1", $"s{k + 1}", 0.5)).ToList();
            var supply = model.SupplyShock(losses);
            var supplySeconds = clock.Elapsed.TotalSeconds;
            clock.Restart();
            var dy = new double[n];
            for (var k = 0; k < s; k++) dy[k] = model.Output[k] * 0.1;
            var demand = model.DemandShock(dy);
            var demandSeconds = clock.Elapsed.TotalSeconds;
            var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
            string S(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
            var table = new TableModel($"MRIO benchmark: {n:N0} sectors ({r} regions × {s})", "step", "seconds").Numeric(1);
            table.Add("generate Z, Y", S(generate))
                .Add("full inverse L = (I − A)⁻¹ (MathNet LU)", inverse is { } inv ? S(inv) : $"not run (over --inverse-up-to {maxInverse})")
                .Add("x, A, I − A (no inverse)", S(setup)).Add("value-added multipliers v'L (one transposed solve)", S(multiplierSeconds))
                .Add($"supply shock, {losses.Count} sectors (Ghosh/inoperability; {losses.Count} transposed solves)", S(supplySeconds)).Add("demand shock L·Δy (one solve)", S(demandSeconds));
            table.Note($"Solves are MathNet BiCGStab on I − A to a relative residual of {LeontiefOperator.Tolerance:0e+0}; the full inverse is MathNet's managed LU.");
            table.Note($"Peak working set {peak:N0} MB. Value added lost: supply shock {supply.Sectors.Sum(v => v.ValueAddedLost):0.###e+0}, demand shock {demand.Sectors.Sum(v => v.ValueAddedLost):0.###e+0} (synthetic units).");
            ctx.Render.Write(new
            {
                sectors = n, regions = r, sectors_per_region = s,
                generate_seconds = Math.Round(generate, 3), leontief_inverse_seconds = inverse is { } li ? Math.Round(li, 3) : (double?)null, setup_seconds = Math.Round(setup, 3),
                multipliers_seconds = Math.Round(multiplierSeconds, 4), value_added_multiplier_mean = multipliers.Average(),
                supply_shock_seconds = Math.Round(supplySeconds, 4), demand_shock_seconds = Math.Round(demandSeconds, 4), peak_memory_mb = Math.Round(peak, 1),
            }, table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
