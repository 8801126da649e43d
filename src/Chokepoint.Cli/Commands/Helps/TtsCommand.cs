using System.CommandLine;
using System.Globalization;
using Chokepoint.Analysis.Leverage;
using Chokepoint.Cli.Commands.Simulation;
using Chokepoint.Cli.Infrastructure;
using Chokepoint.Optimization;
using Chokepoint.Simulation.Compile;
using Chokepoint.Simulation.Optimization;

namespace Chokepoint.Cli.Commands.Helps;

/// <summary>tts SCENARIO: the simulation's time-to-survive beside the LP optimum, and each producer's risk exposure index.</summary>
internal static class TtsCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var scenarioArg = new Argument<string>("SCENARIO") { Description = "A scenario file (YAML) or the name of a built-in scenario" };
        var target = new Option<string?>("--target") { Description = "Only nodes located in this country (ISO3)" };
        var command = new Command("tts", "Optimal time-to-survive (linear programme, OR-Tools GLOP) beside the simulation's, and each producer's risk exposure index")
        {
            scenarioArg, target,
        };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            var dataset = ctx.LoadDataset();
            var t = parse.GetValue(target) is { } tt ? AnalysisOptions.RequireCountry(dataset, tt, "--target") : null;
            var scenario = SimulateCommand.Load(ctx, dataset, parse.GetValue(scenarioArg)!);
            var values = new UnitValues(dataset);
            var rows = TimeToSurvive.Run(NetworkCompiler.Compile(dataset, scenario), new GlopSolver(), values.UsdPerUnit)
                .Where(r => t is null || r.Country == t).ToList();
            ctx.Render.Write(Json(rows), Table(rows, t, scenario.HorizonDays, int.MaxValue));
            return ExitCodes.Ok;
        });
        return command;
    }

    public static List<object> Json(IReadOnlyList<TtsRow> rows) => rows.Select(r => (object)new
    {
        item = r.Item, country = r.Country, kind = r.Kind, tts_days = r.TtsDays, tts_lp_days = r.TtsLpDays, tts_lp_world_days = r.TtsLpWorldDays,
        risk_exposure_index = r.RiskExposureIndex is { } x ? Math.Round(x) : (double?)null,
    }).ToList();

    private static string Risk(TtsRow r) => r.RiskExposureIndex is { } x ? LeverageCommand.Usd(x) : "";

    public static TableModel Table(IReadOnlyList<TtsRow> rows, string? target, int horizonDays, int maxRisk)
    {
        var table = new TableModel($"Time-to-survive{(target is null ? "" : " in " + target)}: simulation rules vs LP optimum, and risk exposure (computed)",
            "item", "country", "kind", "TTS days (sim)", "TTS days (LP, target side)", "TTS days (LP, world max–min)", "risk exposure $", "recovery days");
        table.Numeric(3, 4, 5, 6, 7);
        string Days(int? d) => d is { } x ? Format.Int(x) : "beyond";
        foreach (var r in rows.Where(r => r.Kind is "demand" or "product"))
            table.Add(r.Item, r.Country, r.Kind, Days(r.TtsDays), Days(r.TtsLpDays), Days(r.TtsLpWorldDays), Risk(r), r.RecoveryDays is { } d ? Format.Int(d) : "");
        foreach (var r in rows.Where(r => r.Kind is not ("demand" or "product") && r.RiskExposureIndex is > 0).OrderByDescending(r => r.RiskExposureIndex).Take(maxRisk))
            table.Add(r.Item, r.Country, r.Kind, "", "", "", Risk(r), r.RecoveryDays is { } d ? Format.Int(d) : "");
        table.Note($"TTS (sim): first day with unmet demand under the engine's rules (pro-rata shares), scenario as written; beyond = not within {horizonDays} days.");
        table.Note("TTS (LP, target side): longest time the node's demand can be met in full when its country re-allocates what it controls (stocks, its makers' inputs) and other buyers keep their pre-crisis share of every foreign producer's output, refills and alternatives (docs/model.md 3.4).");
        table.Note("TTS (LP, world max–min): every buyer in the world raised together, the worst served first (progressive filling); a bound for coordinated allocation, not what one country can secure.");
        table.Note("Risk exposure: value of final demand lost (unit_values.csv) when that producer alone stops for its recovery time (expansion days of its item, capped at the horizon), no measures.");
        return table;
    }
}
