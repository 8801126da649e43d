using Chokepoint.Simulation.Compile;
using Chokepoint.Simulation.Mitigation;
using Chokepoint.Testing;

namespace Chokepoint.Simulation.Tests;

/// <summary>The stockpile search: more cover never shortens TTS, and the cover found is the smallest that works.</summary>
public sealed class StockpileSearchTests
{
    [Fact]
    public void On_the_single_chain_seventy_extra_days_of_m_are_the_smallest_cover_for_a_hundred_day_ban()
    {
        var data = Chain.Builder().WithMeasure().UnitValue("m", 10).UnitValue("p", 1000).Build();
        var compiled = NetworkCompiler.Compile(data, Chain.Scenario(100, "M"));
        var demand = StockpileSearch.DemandNodes(compiled, "USA", null);
        var evaluator = new CoverEvaluator(compiled, demand, runs: 1, seed: 1, threads: 1);
        var candidates = StockpileSearch.Candidates(compiled.Network, "USA", item => ("t", item == "m" ? 10 : 1000));

        var plan = StockpileSearch.Search(evaluator, candidates, 95);

        Assert.True(plan.Achieved);
        Assert.Equal(30, plan.BaselineTtsDays);
        var line = Assert.Single(plan.Lines);
        Assert.Equal(("m", 70), (line.Item, line.DaysOfCover));
        Assert.Equal(70.0, line.Quantity, 9);
        Assert.Equal(700.0, line.ValueUsd!.Value, 9);
        var m = candidates.Single(c => c.Item == "m");
        Assert.True(evaluator.Survives([m.Slots], [70], 95));
        Assert.False(evaluator.Survives([m.Slots], [69], 95));
    }

    [Fact]
    public void A_product_imported_from_the_issuer_cannot_be_saved_by_stock_held_for_its_inputs_alone()
    {
        // p is made in CHN and banned to the USA: the USA holds only p itself; without a unit value for p the search still finds p.
        var data = new Chokepoint.Testing.DatasetBuilder().Produced("m", ("AUS", 100)).Product("p", "CHN").Recipe("p", "m")
            .Demand("p", "USA", 365).Measure("M", ["p"], x => x with { Destinations = ["USA"], Effective = Chain.Start, Announced = Chain.Start }).Build();
        var compiled = NetworkCompiler.Compile(data, Chain.Scenario(50, "M"));
        var evaluator = new CoverEvaluator(compiled, StockpileSearch.DemandNodes(compiled, "USA", null), 1, 1, 1);
        var plan = StockpileSearch.Search(evaluator, StockpileSearch.Candidates(compiled.Network, "USA", _ => ("t", null)), 95);
        var line = Assert.Single(plan.Lines);
        Assert.Equal(("p", 50), (line.Item, line.DaysOfCover));
        Assert.Null(line.ValueUsd);
    }

    [Fact]
    public void More_cover_never_shortens_time_to_survive_on_random_networks()
    {
        for (var seed = 0; seed < 40; seed++)
        {
            var rng = new Random(seed);
            var data = RandomNetworks.Build(rng, 1 + rng.Next(3)).Build();
            var scenario = Chain.Scenario(200, data.Tables.Controls.Select(m => m.Id).ToArray()) with
            {
                Uncertain = new Scenarios.UncertainParameters { StockDaysFactor = new Scenarios.Distribution(Scenarios.DistributionKind.Uniform, Min: 0.5, Max: 1.5) },
            };
            var compiled = NetworkCompiler.Compile(data, scenario);
            foreach (var country in new[] { "USA", "DEU" })
            {
                var demand = StockpileSearch.DemandNodes(compiled, country, null);
                if (demand.Count == 0) continue;
                var evaluator = new CoverEvaluator(compiled, demand, runs: 8, seed: seed, threads: 1);
                var candidates = StockpileSearch.Candidates(compiled.Network, country, _ => ("t", 1.0));
                var slots = candidates.Select(c => c.Slots).ToList();
                var chosen = candidates.Count == 0 ? -1 : rng.Next(candidates.Count);
                var fixedDays = candidates.Select(_ => rng.Next(3) == 0 ? 30.0 : 0.0).ToArray();
                IReadOnlyList<int>? previous = null;
                for (var days = 0; days <= 200; days += 25)
                {
                    var extra = fixedDays.Select((f, i) => i == chosen ? days : f).ToList();
                    var tts = evaluator.Tts(slots, extra);
                    if (previous is not null)
                        for (var r = 0; r < tts.Count; r++)
                            Assert.True(tts[r] >= previous[r], $"seed {seed} {country}: run {r} TTS fell from {previous[r]} to {tts[r]} at {days} days of cover");
                    previous = tts;
                }
            }
        }
    }
}
