using Chokepoint.Analysis.Macro;
using Chokepoint.Testing;

namespace Chokepoint.Analysis.Tests.Macro;

/// <summary>Leontief, Ghosh and inoperability on the hand-worked two-region system.</summary>
public sealed class MrioModelTests
{
    private const double Tol = 1e-12;
    private readonly MrioAccounts _acc = MrioCalculator.Calculate(MrioBuilder.TwoRegions());

    [Fact]
    public void Demand_shock_raises_output_lost_through_L()
    {
        var r = new MrioModel(_acc).DemandShock([10, 0]);
        Assert.Equal(192.0 / 17, r.Sectors[0].OutputLost, Tol);
        Assert.Equal(60.0 / 17, r.Sectors[1].OutputLost, Tol);
        Assert.Equal("leontief-demand", r.Method);
    }

    [Fact]
    public void Supply_shock_keeps_the_given_loss_and_spreads_forward_by_L_row_ratio()
    {
        var r = new MrioModel(_acc).SupplyShock([new SectorOutputLoss("A", "s", 0.5)]);
        Assert.Equal(60.0, r.Sectors[0].OutputLost, Tol);
        Assert.Equal(40.0, r.Sectors[0].ValueAddedLost, Tol);
        Assert.Equal(0.0625, r.Sectors[1].Inoperability, Tol);
        Assert.Equal(8.75, r.Sectors[1].ValueAddedLost, Tol);
        Assert.True(r.Sectors[0].Exogenous);
        Assert.False(r.Sectors[1].Exogenous);
        Assert.Equal(48.75, r.ByRegion.Sum(g => g.ValueAddedLost), Tol);
    }

    [Fact]
    public void Supply_shock_spreads_as_the_ghosh_inverse_does()
    {
        var system = MrioBuilder.TwoRegions();
        var g = MrioModel.GhoshInverse(system, _acc.X.Values);
        var r = new MrioModel(_acc).SupplyShock([new SectorOutputLoss("B", "s", 0.2)]);
        // Ghosh: Δx' = Δv'·G; a primary-input loss in B alone gives Δx_A / Δx_B = G[B, A] / G[B, B].
        Assert.Equal(g[2] / g[3], r.Sectors[0].OutputLost / r.Sectors[1].OutputLost, 1e-12);
    }

    [Fact]
    public void Demand_inoperability_equals_the_rescaled_leontief_inverse()
    {
        var model = new MrioModel(_acc);
        var q = model.DemandInoperability([0.1, 0.05]);
        var x = _acc.X.Values;
        var dy = new[] { 0.1 * x[0], 0.05 * x[1] };
        var dx = model.DemandShock(dy);
        Assert.Equal(dx.Sectors[0].OutputLost / x[0], q[0], Tol);
        Assert.Equal(dx.Sectors[1].OutputLost / x[1], q[1], Tol);
    }

    [Fact]
    public void Value_added_multipliers_and_output_multipliers_come_from_L()
    {
        var model = new MrioModel(_acc);
        Assert.Equal((19.2 + 6) / 17, model.OutputMultipliers()[0], Tol);
        Assert.Equal(1.0, model.ValueAddedMultipliers()[1], Tol);
    }

    [Fact]
    public void Unknown_sector_or_loss_outside_zero_to_one_is_refused()
    {
        var model = new MrioModel(_acc);
        Assert.Throws<ArgumentException>(() => model.SupplyShock([new SectorOutputLoss("C", "s", 0.1)]));
        Assert.Throws<ArgumentException>(() => model.SupplyShock([new SectorOutputLoss("A", "s", 1.5)]));
    }

    [Fact]
    public void Iterative_solves_give_the_same_shocks_as_the_inverse_on_a_synthetic_system()
    {
        var system = SyntheticMrio.Generate(3, 40, seed: 7);
        var dense = new MrioModel(MrioCalculator.Calculate(system));
        var iterative = MrioModel.WithoutInverse(system);
        SectorOutputLoss[] losses = [new("r1", "s3", 0.4), new("r2", "s10", 0.25)];
        var a = dense.SupplyShock(losses);
        var b = iterative.SupplyShock(losses);
        var dy = dense.Output.Select((x, i) => i % 7 == 0 ? 0.1 * x : 0).ToArray();
        var c = dense.DemandShock(dy);
        var d = iterative.DemandShock(dy);
        for (var i = 0; i < a.Sectors.Count; i++)
        {
            Assert.Equal(a.Sectors[i].OutputLost, b.Sectors[i].OutputLost, 1e-9 * Math.Max(1, a.Sectors[i].OutputLost));
            Assert.Equal(c.Sectors[i].OutputLost, d.Sectors[i].OutputLost, 1e-9 * Math.Max(1, c.Sectors[i].OutputLost));
        }
        Assert.Equal(dense.OutputMultipliers()[5], iterative.OutputMultipliers()[5], 1e-9);
    }
}
