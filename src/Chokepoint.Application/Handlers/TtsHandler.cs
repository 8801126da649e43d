using Chokepoint.Analysis.Leverage;
using Chokepoint.Application.Inputs;
using Chokepoint.Application.Tables;
using Chokepoint.Application.Wording;
using Chokepoint.Contracts;
using Chokepoint.Model;
using Chokepoint.Optimization;
using Chokepoint.Simulation.Scenarios;
using Chokepoint.Simulation.Compile;
using Chokepoint.Simulation.Optimization;

namespace Chokepoint.Application.Handlers;

/// <summary>tts: the simulation's time-to-survive beside the LP optimum, and each producer's risk exposure index.</summary>
public static class TtsHandler
{
    /// <summary>Runs <paramref name="scenario"/>, keeping the nodes located in <paramref name="target"/> when given.</summary>
    public static Answer<IReadOnlyList<TtsJson>> Handle(Session s, string? scenario, string? target, bool files = true)
    {
        ArgumentNullException.ThrowIfNull(s);
        var t = string.IsNullOrWhiteSpace(target) ? null : Resolve.Country(s.Dataset, target, s.P("target"));
        var loaded = ScenarioLoader.Load(s, scenario, s.Arg("SCENARIO", "scenario"), files);
        var rows = Run(s.Dataset, loaded.Scenario).Where(r => t is null || r.Country == t).ToList();
        return new(Json(rows), [Table(rows, t, loaded.Scenario.HorizonDays, int.MaxValue)]);
    }

    /// <summary>Every node's row under <paramref name="scenario"/>.</summary>
    public static IReadOnlyList<TtsRow> Run(Dataset dataset, Scenario scenario) =>
        TimeToSurvive.Run(NetworkCompiler.Compile(dataset, scenario), new GlopSolver(), new UnitValues(dataset).UsdPerUnit);

    /// <summary>The contract of the rows.</summary>
    public static IReadOnlyList<TtsJson> Json(IReadOnlyList<TtsRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.Select(r => new TtsJson(r.Item, r.Country, r.Kind, r.TtsDays, r.TtsLpDays, r.RiskExposureIndex is { } x ? Math.Round(x) : null, r.TtsLpWorldDays)).ToList();
    }

    /// <summary>The table: final demand and products first, then the <paramref name="maxRisk"/> producers with the largest risk exposure.</summary>
    public static Table Table(IReadOnlyList<TtsRow> rows, string? target, int horizonDays, int maxRisk)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var table = new Table($"Time-to-survive{(target is null ? "" : " in " + target)}: simulation rules vs LP optimum, and risk exposure (computed)",
            "item", "country", "as", "TTS days (sim)", "TTS days (LP, target side)", "TTS days (LP, world max–min)", "risk exposure $", "recovery days").Kinds(CellKind.Item, 0).Kinds(CellKind.Id, 1).Numeric(3, 4, 5, 6, 7);
        static string Days(int? d) => Words.Tts(d);
        static string Risk(TtsRow r) => r.RiskExposureIndex is { } x ? Format.Usd(x) : "";
        foreach (var r in rows.Where(r => r.Kind is "demand" or "product"))
            table.Add(r.Item, r.Country, Words.Meaning(r.Kind), Days(r.TtsDays), Days(r.TtsLpDays), Days(r.TtsLpWorldDays), Risk(r), r.RecoveryDays is { } d ? Format.Int(d) : "");
        foreach (var r in rows.Where(r => r.Kind is not ("demand" or "product") && r.RiskExposureIndex is > 0).OrderByDescending(r => r.RiskExposureIndex).Take(maxRisk))
            table.Add(r.Item, r.Country, Words.Meaning(r.Kind), "", "", "", Risk(r), r.RecoveryDays is { } d ? Format.Int(d) : "");
        table.Note($"TTS (sim): first day with unmet demand under the engine's rules (pro-rata shares), scenario as written; {Words.NoShortfall} = not within {horizonDays} days.");
        table.Note("TTS (LP, target side): longest time the node's demand can be met in full when its country re-allocates what it controls (stocks, its makers' inputs) and other buyers keep their pre-crisis share of every foreign producer's output, refills and alternatives (docs/model.md 3.4).");
        table.Note("TTS (LP, world max–min): every buyer in the world raised together, the worst served first (progressive filling); a bound for coordinated allocation, not what one country can secure.");
        table.Note("Risk exposure: value of final demand lost (unit_values.csv) when that producer alone stops for its recovery time (expansion days of its item, capped at the horizon), no measures.");
        table.Note(Words.MadeInBoughtByLegend);
        return table;
    }
}
