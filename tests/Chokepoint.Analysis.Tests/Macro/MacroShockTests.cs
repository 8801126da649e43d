using Chokepoint.Analysis.Macro;
using Chokepoint.Testing;

namespace Chokepoint.Analysis.Tests.Macro;

/// <summary>
/// macro's shock on the hand-worked two-region system renamed USA/DEU with one sector D29 (Mill USD):
/// Z = [[10, 20], [30, 40]], Y = [[50, 40], [10, 120]], x = [120, 200], VA = [80, 140]. Checked without the
/// library's inverse: the Leontief identity x = L·f and the Ghosh inverse G = (I − B)⁻¹ of the 2 × 2 by hand.
/// </summary>
public sealed class MacroShockTests
{
    private const double Tol = 1e-9;
    private static readonly Model.Macro.MrioSystem System = MrioBuilder.Build(["USA", "DEU"], ["D29"], [10, 20, 30, 40], [50, 40, 10, 120], [80, 140]);
    private static readonly Dictionary<string, string> Map = new() { ["car"] = "D29" };

    [Fact]
    public void The_leontief_inverse_returns_output_from_final_demand()
    {
        var acc = MrioCalculator.Calculate(System);
        double[] f = [50 + 40, 10 + 120];
        for (var i = 0; i < 2; i++)
            Assert.Equal(acc.X.Values[i], (acc.L.Values[i * 2] * f[0]) + (acc.L.Values[(i * 2) + 1] * f[1]), Tol);
        Assert.Equal(19.2 / 17, acc.L.Values[0], Tol);
        Assert.Equal(2.4 / 17, acc.L.Values[1], Tol);
    }

    [Fact]
    public void A_products_lost_dollars_become_its_sectors_lost_share_and_spread_forward_as_the_ghosh_inverse_says()
    {
        var model = new MrioModel(MrioCalculator.Calculate(System));
        // 12 million US$ of cars lost in the USA: 12 / 120 Mill USD = 10% of its D29 output.
        var shock = MacroShock.Build([new ProductLoss("car", "USA", 12e6), new ProductLoss("bike", "USA", 5e6), new ProductLoss("car", "JPN", 1e6)],
            Map, System, model.Output, 1e6);
        var loss = Assert.Single(shock.Losses);
        Assert.Equal(("USA", "D29", 0.1), (loss.Region, loss.Sector, loss.LostFraction));
        Assert.Equal(["bike"], shock.Unmapped);
        Assert.Equal(["JPN/D29"], shock.OutsideMrio);
        var r = model.SupplyShock(shock.Losses);
        // Ghosh by hand: B = diag(x)⁻¹·Z, G = (I − B)⁻¹ (2 × 2 inverse), Δx' = Δv'·G with Δv_USA set so that Δx_USA = 12.
        double b11 = 10.0 / 120, b12 = 20.0 / 120, b21 = 30.0 / 200, b22 = 40.0 / 200;
        double a = 1 - b11, bb = -b12, c = -b21, d = 1 - b22, det = (a * d) - (bb * c);
        double g11 = d / det, g12 = -bb / det;
        var dv = 12 / g11;
        Assert.Equal(12, r.Sectors[0].OutputLost, Tol);
        Assert.Equal(dv * g12, r.Sectors[1].OutputLost, Tol);
        Assert.Equal(2.5, r.Sectors[1].OutputLost, Tol);
        Assert.Equal(8, r.Sectors[0].ValueAddedLost, Tol);
        Assert.Equal(0.0125 * 140, r.Sectors[1].ValueAddedLost, Tol);
    }

    [Fact]
    public void A_loss_above_the_sectors_output_is_capped_and_listed()
    {
        var model = new MrioModel(MrioCalculator.Calculate(System));
        var shock = MacroShock.Build([new ProductLoss("car", "DEU", 500e6)], Map, System, model.Output, 1e6);
        Assert.Equal(1, Assert.Single(shock.Losses).LostFraction);
        Assert.Equal(["DEU/D29"], shock.Capped);
        Assert.Throws<ArgumentOutOfRangeException>(() => MacroShock.Build([], Map, System, model.Output, 0));
    }
}
