using System.Globalization;
using Chokepoint.Analysis.Macro;
using Chokepoint.Application.Tables;
using Chokepoint.Contracts;
using Chokepoint.Model;

namespace Chokepoint.Application.Macro;

/// <summary>The macro answer's contract and tables, written once for every surface.</summary>
public static class MacroContracts
{
    /// <summary>The contract of a shock's result.</summary>
    public static MacroJson Json(string scenario, string mrio, string unit, double usdPerUnit, MacroShockInput shock, MrioShockResult impact)
    {
        ArgumentNullException.ThrowIfNull(shock);
        ArgumentNullException.ThrowIfNull(impact);
        var shocks = shock.Losses.Select((l, k) => new MacroShockJson(l.Region, l.Sector, Math.Round(shock.LostUsd[k]), l.LostFraction)).ToList();
        var regions = impact.ByRegion.Where(r => r.OutputLost > 0)
            .Select(r => new MacroRegionJson(r.Region, r.ValueAdded, r.ValueAddedLost, r.ValueAdded > 0 ? 100 * r.ValueAddedLost / r.ValueAdded : 0, r.OutputLost))
            .OrderByDescending(r => r.ValueAddedLost).ToList();
        var sectors = impact.Sectors.Where(x => x.OutputLost > 0).OrderByDescending(x => x.ValueAddedLost)
            .Select(x => new MacroSectorJson(x.Region, x.Sector, x.Output, x.OutputLost, x.ValueAdded, x.ValueAddedLost, x.Inoperability, x.Exogenous)).ToList();
        return new MacroJson(scenario, mrio, unit, usdPerUnit, impact.Method, shocks, regions, sectors, shock.Unmapped, shock.OutsideMrio, [.. shock.Capped, .. impact.Capped]);
    }

    /// <summary>Three tables: value added lost by region, by sector, and the shock itself; with what the figures leave out.</summary>
    public static IReadOnlyList<Table> Tables(MacroJson j, IReadOnlyList<MrioSectorMapping> mapping, IReadOnlyList<string> unvalued, int runs)
    {
        ArgumentNullException.ThrowIfNull(j);
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(unvalued);
        var byRegion = new Table($"{j.Scenario}: value added lost by region (Ghosh supply-side model on {j.Mrio}; computed, {j.MrioUnit} a year)",
            "region", "value added lost", "% of its value added", "output lost").Kinds(CellKind.Id, 0).Numeric(1, 2, 3);
        foreach (var r in j.Regions) byRegion.Add(r.Region, Money(r.ValueAddedLost), Pct(r.ValueAddedLostPct), Money(r.OutputLost));
        byRegion.WhenEmpty("no product of the scenario lost output in a region and sector of the MRIO.");
        byRegion.Note("Shock: each product's lost output (final demand × unit value × lost share of the stress test, median of " + runs.ToString(CultureInfo.InvariantCulture) +
            " run(s), at the horizon's average rate) in its sector (mapping) and its buyer's country, as a share of the sector's output; spread forward to the users of that output (supply-side inoperability, docs/model.md 4.3).");
        byRegion.Note("Read it as the bound of full forward propagation: fixed coefficients, no stocks, no substitution, no price response (the Ghosh model's known limits).");
        var bySector = new Table($"{j.Scenario}: output and value added lost by region and sector ({j.MrioUnit} a year; computed)",
            "region", "sector", "shocked", "share of output lost", "output lost", "value added lost").Kinds(CellKind.Id, 0, 1).Numeric(3, 4, 5);
        foreach (var x in j.Sectors) bySector.Add(x.Region, x.Sector, x.Exogenous ? "yes" : "through linkages", Pct(100 * x.Inoperability), Money(x.OutputLost), Money(x.ValueAddedLost));
        bySector.WhenEmpty("no sector lost output.");
        var shocks = new Table($"{j.Scenario}: the supply shock (products' lost output, US$ a year; share of the sector's output at {Money(j.UsdPerUnit)} US$ per {j.MrioUnit})",
            "region", "sector", "products' lost output $", "share of output lost", "products").Kinds(CellKind.Id, 0, 1).Numeric(2, 3);
        foreach (var s in j.Shocks)
            shocks.Add(s.Region, s.Sector, Money(s.LostOutputUsd), Pct(100 * s.LostFraction),
                string.Join(", ", mapping.Where(m => m.Sector == s.Sector).Select(m => m.Item)));
        shocks.WhenEmpty("no shock: no product of the scenario lost output.");
        foreach (var m in mapping.Select(m => (m.Classification, m.Source)).Distinct())
            shocks.Note($"Sectors: {m.Classification}, per {m.Source} (definitional mapping, mrio_sectors.csv or --map).");
        if (j.Unmapped.Count > 0) shocks.Note($"Not counted, no sector in the mapping: {string.Join(", ", j.Unmapped)}.");
        if (j.OutsideMrio.Count > 0) shocks.Note($"Not counted, the MRIO has no such region and sector: {string.Join(", ", j.OutsideMrio)}.");
        if (unvalued.Count > 0) shocks.Note($"Not counted, no unit value: {string.Join(", ", unvalued)}.");
        if (j.Capped.Count > 0) shocks.Note($"Capped at the sector's whole output: {string.Join(", ", j.Capped)}.");
        return [byRegion, bySector, shocks];
    }

    private static string Money(double v) => v.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string Pct(double v) => v.ToString("0.####", CultureInfo.InvariantCulture) + "%";
}
