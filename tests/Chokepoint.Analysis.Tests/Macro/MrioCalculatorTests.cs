using Chokepoint.Analysis.Macro;
using Chokepoint.Testing;

namespace Chokepoint.Analysis.Tests.Macro;

/// <summary>x, A, L and the D accounts on a two-region system worked out by hand (see MrioBuilder.TwoRegions).</summary>
public sealed class MrioCalculatorTests
{
    private const double Tol = 1e-12;
    private readonly MrioAccounts _acc = MrioCalculator.Calculate(MrioBuilder.TwoRegions());

    [Fact]
    public void Output_is_intermediate_plus_final_use()
    {
        Assert.Equal([120.0, 200.0], _acc.X.Values);
    }

    [Fact]
    public void Coefficients_divide_each_column_by_its_output()
    {
        Assert.Equal([10.0 / 120, 20.0 / 200, 30.0 / 120, 40.0 / 200], _acc.A.Values);
    }

    [Fact]
    public void Leontief_inverse_matches_the_hand_inverse()
    {
        double[] hand = [19.2 / 17, 2.4 / 17, 6.0 / 17, 22.0 / 17];
        for (var i = 0; i < 4; i++) Assert.Equal(hand[i], _acc.L.Values[i], Tol);
    }

    [Fact]
    public void Value_added_multipliers_are_one_when_value_added_closes_the_columns()
    {
        var va = _acc.Extensions[0];
        Assert.Equal(1.0, va.M[0, 0], Tol);
        Assert.Equal(1.0, va.M[0, 1], Tol);
    }

    [Fact]
    public void Consumption_accounts_split_value_added_by_the_region_whose_final_demand_pulls_it()
    {
        var va = _acc.Extensions[0];
        Assert.Equal(60.0, va.DCba[0, 0], Tol);
        Assert.Equal(160.0, va.DCba[0, 1], Tol);
        Assert.Equal(80.0, va.DPba[0, 0], Tol);
        Assert.Equal(140.0, va.DPba[0, 1], Tol);
        Assert.Equal(364.0 / 17, va.DImp[0, 0], Tol);
        Assert.Equal(704.0 / 17, va.DImp[0, 1], Tol);
        Assert.Equal(704.0 / 17, va.DExp[0, 0], Tol);
        Assert.Equal(364.0 / 17, va.DExp[0, 1], Tol);
    }

    [Fact]
    public void Per_capita_accounts_divide_the_regional_sums_by_population()
    {
        var va = _acc.Extensions[0];
        Assert.Equal(60.0 / 2, va.PerCapita[0][0, 0], Tol);
        Assert.Equal(160.0 / 5, va.PerCapita[0][0, 1], Tol);
    }

    [Fact]
    public void Global_consumption_and_production_accounts_add_up_to_the_same_total()
    {
        var em = _acc.Extensions[1];
        Assert.Equal(em.PerRegion[1].Values.Sum(), em.PerRegion[0].Values.Sum(), 1e-9);
        Assert.Equal(em.PerRegion[2].Values.Sum(), em.PerRegion[3].Values.Sum(), 1e-9);
    }

    [Fact]
    public void A_system_that_uses_more_than_it_makes_has_no_leontief_inverse()
    {
        var z = new double[] { 0, 1, 1, 0 };
        Assert.Throws<MrioComputationException>(() => MrioCalculator.Leontief(z, 2));
    }
}
