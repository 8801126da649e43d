using Chokepoint.Model;
using Chokepoint.Simulation.Compile;
using Chokepoint.Simulation.Engine;
using Chokepoint.Testing;

namespace Chokepoint.Simulation.Tests;

/// <summary>Seeded random small networks: two raw items, an intermediate, two products, demand in two countries, random stocks, expansion and measures.</summary>
internal static class RandomNetworks
{
    private static readonly string[] Countries = ["CHN", "AUS", "USA", "DEU"];
    private static readonly string[] Items = ["r1", "r2", "i1", "p1", "p2"];

    public static DatasetBuilder Build(Random rng, int measures)
    {
        var b = new DatasetBuilder();
        foreach (var raw in new[] { "r1", "r2" }) b.Produced(raw, Shares(rng));
        b.Produced("i1", Shares(rng));
        b.Product("p1", Countries[rng.Next(4)]).Product("p2", Countries[rng.Next(4)]);
        b.Recipe("i1", "r1", 0.5 + rng.NextDouble());
        if (rng.Next(2) == 0) b.Recipe("i1", "r2", 0.5 + rng.NextDouble(), essential: rng.Next(3) > 0);
        b.Recipe("p1", "i1", 1 + rng.NextDouble());
        b.Recipe("p2", rng.Next(2) == 0 ? "r2" : "i1", 1 + rng.NextDouble());
        if (rng.Next(2) == 0) b.Recipe("p2", "r1", 0.2);
        b.Demand("p1", "USA", 100 + rng.Next(1000)).Demand("p2", "DEU", 100 + rng.Next(1000));
        if (rng.Next(2) == 0) b.Demand("p1", "DEU", 100 + rng.Next(1000));
        foreach (var item in Items)
            foreach (var c in Countries)
                if (rng.Next(3) == 0) b.Stock(item, c, rng.Next(60));
        foreach (var item in Items)
            if (rng.Next(2) == 0) b.Expansion(item, rng.Next(3) * 10, 30 + rng.Next(400));
        for (var i = 0; i < measures; i++) AddMeasure(b, rng, "M" + i, rng.Next(2) == 0 ? MeasureKind.Licence : MeasureKind.Ban);
        return b;
    }

    public static void AddMeasure(DatasetBuilder b, Random rng, string id, MeasureKind kind)
    {
        var issuer = rng.Next(3) == 0 ? "AUS" : "CHN";
        var item = Items[rng.Next(3)];
        var start = Chain.Start.AddDays(rng.Next(120));
        IReadOnlyList<string> destinations = rng.Next(2) == 0 ? [Names.Everyone] : [rng.Next(2) == 0 ? "USA" : "DEU"];
        var suspended = rng.Next(3) == 0 ? start.AddDays(30 + rng.Next(100)) : (DateOnly?)null;
        b.Measure(id, [item, Items[rng.Next(5)]], m => m with
        {
            Issuer = issuer, Kind = kind, Announced = start, Effective = start, Destinations = destinations,
            ApprovalRate = kind == MeasureKind.Licence ? rng.NextDouble() : null,
            LicenceDelayDays = kind == MeasureKind.Licence ? rng.Next(60) : null,
            SuspendedFrom = suspended,
        });
    }

    private static (string, double)[] Shares(Random rng)
    {
        var picked = Countries.Where(_ => rng.Next(2) == 0).ToList();
        if (picked.Count == 0) picked.Add("CHN");
        var weights = picked.Select(_ => 1 + rng.NextDouble()).ToList();
        var total = weights.Sum();
        return picked.Select((c, i) => (c, Math.Round(100 * weights[i] / total, 6))).ToArray();
    }

    /// <summary>Daily output fraction of every node by label, for a run with <paramref name="p"/>.</summary>
    public static Dictionary<string, float[]> Series(Dataset data, IReadOnlyList<string> measureIds, RunParameters p, int horizon = 240)
    {
        var compiled = NetworkCompiler.Compile(data, Chain.Scenario(horizon, [.. measureIds]));
        var n = compiled.Network;
        var all = Enumerable.Range(0, n.NodeCount).ToArray();
        var run = new DailyEngine(n).Run(p, all);
        return all.ToDictionary(i => $"{n.Labels[i].Item}@{n.Labels[i].Country}/{n.Labels[i].Kind}", i => run.Series.AsSpan(i * horizon, horizon).ToArray());
    }

    /// <summary>TTS of every node by label (int.MaxValue when none).</summary>
    public static Dictionary<string, int> Tts(Dataset data, IReadOnlyList<string> measureIds, RunParameters p, int horizon = 240)
    {
        var compiled = NetworkCompiler.Compile(data, Chain.Scenario(horizon, [.. measureIds]));
        var n = compiled.Network;
        var run = new DailyEngine(n).Run(p, []);
        return Enumerable.Range(0, n.NodeCount).ToDictionary(i => $"{n.Labels[i].Item}@{n.Labels[i].Country}/{n.Labels[i].Kind}",
            i => run.TtsDays[i] < 0 ? int.MaxValue : run.TtsDays[i]);
    }
}
