using Chokepoint.Model;
using Chokepoint.Simulation.Compile;
using Chokepoint.Simulation.Engine;
using Chokepoint.Simulation.MonteCarlo;
using Chokepoint.Simulation.Scenarios;
using Chokepoint.Testing;

namespace Chokepoint.Simulation.Tests;

/// <summary>
/// Issue 17: stock covers spread across holders. A slot's makers are 8 equal cohorts; cohort c holds
/// low + (c + 0.5)(high − low)/8 days, so the makers with the least stock stop first.
/// </summary>
public sealed class StockSpreadTests
{
    private const double Tol = 1e-6;

    /// <summary>p made in the USA from m (1 a unit, essential), 365 p a year; m only from CHN, banned to the USA from day 0 (no transit).</summary>
    private static DatasetBuilder Banned(double low, double high, Func<ControlMeasure, ControlMeasure>? measure = null) =>
        new DatasetBuilder()
            .Produced("m", ("CHN", 100))
            .Product("p").Recipe("p", "m").Demand("p", "USA", 365)
            .StockSpread("m", "USA", low, high)
            .WithMeasure(measure);

    private static void AssertDays(IReadOnlyList<double> series, params (int From, int To, double Expected)[] runs)
    {
        foreach (var (from, to, expected) in runs)
            for (var t = from; t <= to; t++)
                Assert.True(Math.Abs(series[t] - expected) < Tol, $"day {t}: expected {expected}, got {series[t]}");
    }

    [Fact]
    public void A_ban_with_covers_spread_from_10_to_30_days_stops_the_makers_one_eighth_at_a_time()
    {
        // Cohort covers 11.25, 13.75, …, 28.75 days. A cohort makes its eighth in full while it has a day's stock, then
        // the fraction of a day left (0.25 or 0.75), then nothing.
        var r = Chain.Run(Banned(10, 30).Build(), Chain.Scenario(40, "M"));
        var p = r.Node("p", kind: "product");
        AssertDays(p.Series,
            (0, 10, 1.0),
            (11, 11, 7.25 / 8), (12, 12, 7.0 / 8),
            (13, 13, 6.75 / 8), (14, 15, 6.0 / 8),
            (16, 16, 5.25 / 8), (17, 17, 5.0 / 8),
            (18, 18, 4.75 / 8), (19, 20, 4.0 / 8),
            (21, 21, 3.25 / 8), (22, 22, 3.0 / 8),
            (23, 23, 2.75 / 8), (24, 25, 2.0 / 8),
            (26, 26, 1.25 / 8), (27, 27, 1.0 / 8),
            (28, 28, 0.75 / 8), (29, 39, 0.0));
        Assert.Equal(11, p.TtsDays.Median);
    }

    [Fact]
    public void A_half_cut_with_covers_spread_from_0_to_40_days_stops_each_cohort_at_twice_its_cover()
    {
        // Half of m still arrives, so a cohort's stock (2.5, 7.5, …, 37.5 days) runs down at half a day's use a day: it
        // lasts twice its cover, then the cohort makes what arrives, half its eighth.
        var r = Chain.Run(Banned(0, 40, m => m with { Kind = MeasureKind.Licence, ApprovalRate = 0.5, LicenceDelayDays = 0 }).Build(), Chain.Scenario(90, "M"));
        var p = r.Node("p", kind: "product");
        var runs = new List<(int, int, double)> { (0, 4, 1.0) };
        for (var c = 0; c < 8; c++)
            runs.Add(((5 + (10 * c)), c == 7 ? 89 : 14 + (10 * c), 0.5 + (0.5 * (7 - c) / 8)));
        AssertDays(p.Series, [.. runs]);
        Assert.Equal(5, p.TtsDays.Median);
    }

    [Fact]
    public void A_scenario_stocks_override_sets_one_cover_for_every_holder()
    {
        var scenario = Chain.Scenario(40, "M") with { Stocks = new StockOverrides { Items = new Dictionary<string, double> { ["m"] = 20 } } };
        var compiled = NetworkCompiler.Compile(Banned(10, 30).Build(), scenario);

        Assert.Empty(compiled.Network.SpreadNodes);
        var p = Simulator.Run(compiled, new()).Node("p", kind: "product");
        AssertDays(p.Series, (0, 19, 1.0), (20, 39, 0.0));
    }

    [Fact]
    public void The_monte_carlo_stock_factor_multiplies_every_cohort()
    {
        // Covers 10..30 × 2: cohorts hold 22.5, 27.5, …, 57.5 days; the first stops on day 22 (half a day), all by day 58.
        var compiled = NetworkCompiler.Compile(Banned(10, 30).Build(), Chain.Scenario(70, "M"));
        var p = compiled.Network.Labels.ToList().FindIndex(l => l.Item == "p" && l.Kind == "product");
        var run = new DailyEngine(compiled.Network).Run(RunParameters.AsWritten with { StockDaysFactor = 2 }, [p]);
        AssertDays(run.Series.Select(x => (double)x).ToArray(), (0, 21, 1.0), (22, 22, 7.5 / 8), (23, 26, 7.0 / 8), (57, 57, 0.5 / 8), (58, 69, 0.0));
        Assert.Equal(22, run.TtsDays[p]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(20)]
    public void Covers_spread_from_a_value_to_itself_give_the_single_cover_bit_for_bit(int firstSeed)
    {
        // Every stocks.csv row of a random network is given days_of_cover_high = days_of_cover (and some a refill rate):
        // every node then runs its slots by cohort, and every day of every node must equal the pooled run exactly.
        var spreadNodes = 0;
        for (var seed = firstSeed; seed < firstSeed + 10; seed++)
        {
            var rng = new Random(seed);
            var b = RandomNetworks.Build(rng, measures: 1 + rng.Next(3));
            var ids = b.Tables().Controls.Select(m => m.Id).ToList();
            var refilled = b.Tables() with { Stocks = b.Tables().Stocks.Select(s => s with { RefillPct = rng.Next(2) == 0 ? null : rng.Next(50) }).ToList() };
            var pooled = new Dataset(refilled);
            var spread = new Dataset(refilled with { Stocks = refilled.Stocks.Select(s => s with { DaysOfCoverHigh = s.DaysOfCover }).ToList() });
            var p = RunParameters.AsWritten with { StockDaysFactor = 0.5 + rng.NextDouble() };
            var (a, na) = RunAll(pooled, ids, p);
            var (c, nc) = RunAll(spread, ids, p);
            spreadNodes += nc.SpreadNodes.Length;
            Assert.Empty(na.SpreadNodes);
            Assert.Equal(a.Series, c.Series);
            Assert.Equal(a.TtsDays, c.TtsDays);
            Assert.Equal(a.TtrDays, c.TtrDays);
            Assert.Equal(a.LostOutputPct, c.LostOutputPct);
            Assert.Equal(a.MinOutputFraction, c.MinOutputFraction);
        }
        Assert.True(spreadNodes > 0, "no node held a spread slot; the batch does not exercise the cohorts");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(20)]
    public void More_stock_at_the_top_of_the_spread_never_shortens_tts_or_lowers_output(int firstSeed)
    {
        var raised = false;
        for (var seed = firstSeed; seed < firstSeed + 10; seed++)
        {
            var rng = new Random(seed);
            var b = RandomNetworks.Build(rng, measures: 1 + rng.Next(3));
            var ids = b.Tables().Controls.Select(m => m.Id).ToList();
            var tables = b.Tables();
            var highs = tables.Stocks.Select(s => s.DaysOfCover + rng.Next(60)).ToList();
            var less = new Dataset(tables with { Stocks = tables.Stocks.Select((s, i) => s with { DaysOfCoverHigh = highs[i] }).ToList() });
            var more = new Dataset(tables with { Stocks = tables.Stocks.Select((s, i) => s with { DaysOfCoverHigh = highs[i] + 1 + rng.Next(60) }).ToList() });
            var (x, n) = RunAll(less, ids, RunParameters.AsWritten);
            var (y, _) = RunAll(more, ids, RunParameters.AsWritten);
            for (var j = 0; j < n.NodeCount; j++)
            {
                var node = $"seed {seed}, {n.Labels[j].Item}@{n.Labels[j].Country}/{n.Labels[j].Kind}";
                if (x.TtsDays[j] >= 0) Assert.True(y.TtsDays[j] < 0 || y.TtsDays[j] >= x.TtsDays[j], $"{node}: TTS {x.TtsDays[j]} → {y.TtsDays[j]}");
                else Assert.True(y.TtsDays[j] < 0, $"{node}: no shortfall → TTS {y.TtsDays[j]}");
            }
            for (var i = 0; i < x.Series.Length; i++)
            {
                Assert.True(y.Series[i] >= x.Series[i] - 1e-6f, $"seed {seed}, series value {i}: {x.Series[i]} → {y.Series[i]}");
                raised |= y.Series[i] > x.Series[i] + 0.01f;
            }
        }
        Assert.True(raised, "more stock raised no output in this batch; it does not exercise the property");
    }

    private static (RunResult Run, Network.SupplyNetwork Network) RunAll(Dataset data, IReadOnlyList<string> ids, RunParameters p)
    {
        var n = NetworkCompiler.Compile(data, Chain.Scenario(240, [.. ids])).Network;
        return (new DailyEngine(n).Run(p, Enumerable.Range(0, n.NodeCount).ToArray()), n);
    }
}
