using System.Globalization;
using Chokepoint.Analysis.Leverage;
using Chokepoint.Analysis.Macro;
using Chokepoint.Application.Handlers;
using Chokepoint.Application.Inputs;
using Chokepoint.Application.Tables;
using Chokepoint.Contracts;
using Chokepoint.Data.Diagnostics;
using Chokepoint.Data.Mrio;
using Chokepoint.Data.Tables;
using Chokepoint.Model;
using Chokepoint.Model.Macro;
using Chokepoint.Simulation.Network;

namespace Chokepoint.Application.Macro;

/// <summary>
/// macro SCENARIO --mrio DIR: runs the stress test, values each product's lost output (final demand × unit value ×
/// lost share, at the horizon's average rate), puts it in its MRIO sector (mrio_sectors.csv or --map) and region (the
/// buyer's country), and spreads the supply shock forward through the MRIO (docs/model.md 4.3).
/// </summary>
public static class MacroHandler
{
    /// <summary>What to do without an MRIO (<paramref name="parameter"/> names the input): the project ships none (the only MRIO at hand is a synthetic test table).</summary>
    public static string MrioNeeded(string parameter) =>
        $"an MRIO is needed: give {parameter} DIR, a folder in pymrio's text layout (the layout 'mrio calc' reads). The project ships no country MRIO. " +
        "pymrio can fetch and save one: OECD ICIO (pymrio.download_oecd, pymrio.parse_oecd, then .save_all(DIR)) or EXIOBASE 3 " +
        "(pymrio.download_exiobase3, pymrio.parse_exiobase3, then .save_all(DIR)); ICIO's sector codes (D29, D26, ...) match the shipped mapping, " +
        "for EXIOBASE give --map FILE (columns item,sector,classification,source,note)";

    /// <summary>Runs the request; throws <see cref="RequestException"/> naming the input at fault.</summary>
    /// <exception cref="MrioComputationException">I − A cannot be inverted.</exception>
    public static Answer<MacroJson> Handle(Session s, MacroRequest r, bool files = true)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(r);
        if (string.IsNullOrWhiteSpace(r.Mrio)) throw new RequestException(s.P("mrio"), MrioNeeded(s.P("mrio")));
        var loaded = ScenarioLoader.Load(s, r.Scenario, s.P("SCENARIO"), files);
        MrioSystem system;
        try { system = MrioFolderReader.Read(r.Mrio); }
        catch (MrioFormatException ex) { throw new RequestException(s.P("mrio"), ex.Message, ErrorKind.InvalidData, ex); }
        var mapping = Mapping(s, r.Map);
        var unit = string.Join(", ", system.Units.Distinct(StringComparer.Ordinal));
        var usdPerUnit = r.UsdPerUnit ?? UsdPerUnitOf(system.Units)
            ?? throw new RequestException(s.P("usd-per-unit"), $"the MRIO's money unit is '{unit}'; expected {s.P("usd-per-unit")} (US$ per unit of it, e.g. 1000000 for million US$) or a unit in US$");
        if (!double.IsFinite(usdPerUnit) || usdPerUnit <= 0) throw new RequestException(s.P("usd-per-unit"), $"{usdPerUnit} is not a positive number; expected US$ per unit of the MRIO's money");
        var options = SimulateHandler.Options(s, new SimulateRequest(r.Scenario, r.Runs, r.Seed));
        var result = SimulateHandler.Run(s, loaded.Scenario, options).Result;
        var (losses, unvalued) = ProductLosses(s.Dataset, result.Outcomes);
        var model = new MrioModel(MrioCalculator.Calculate(system));
        var shock = MacroShock.Build(losses, mapping.ToDictionary(m => m.Item, m => m.Sector, StringComparer.Ordinal), system, model.Output, usdPerUnit);
        var impact = model.SupplyShock(shock.Losses);
        var json = MacroContracts.Json(loaded.Scenario.Name, r.Mrio, unit, usdPerUnit, shock, impact);
        return new(json, MacroContracts.Tables(json, mapping, unvalued, result.Runs));
    }

    /// <summary>US$ per unit of an MRIO's money from its unit text ("Mill USD", "M.USD", "USD", "Bn USD"); null when not in US$.</summary>
    public static double? UsdPerUnitOf(IReadOnlyList<string> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var distinct = units.Select(u => u.Trim().ToUpperInvariant().Replace(".", " ", StringComparison.Ordinal).Replace("  ", " ", StringComparison.Ordinal)).Distinct().ToList();
        if (distinct.Count != 1) return null;
        return distinct[0] switch
        {
            "USD" or "US$" => 1,
            "MILL USD" or "M USD" or "MUSD" or "MIO USD" or "MILLION USD" or "USD MILLION" => 1e6,
            "BN USD" or "BILLION USD" or "USD BILLION" => 1e9,
            _ => null,
        };
    }

    private static IReadOnlyList<MrioSectorMapping> Mapping(Session s, string? file)
    {
        if (string.IsNullOrWhiteSpace(file))
        {
            if (s.Dataset.Tables.MrioSectors.Count == 0) throw new RequestException(s.P("map"), $"the dataset has no mrio_sectors.csv; expected {s.P("map")} FILE (columns item,sector,classification,source,note)");
            return s.Dataset.Tables.MrioSectors;
        }
        string text;
        try { text = File.ReadAllText(file); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new RequestException(s.P("map"), $"cannot read '{file}': {ex.Message}; expected a CSV file with columns item,sector,classification,source,note", ErrorKind.InvalidData, ex);
        }
        var d = new DiagnosticBag();
        var rows = MrioSectorSpec.Spec.ReadText(file, text, d);
        foreach (var row in rows.Where(m => !s.Dataset.Items.ContainsKey(m.Item)))
            d.Error(file, row.Origin.Line, 1, $"unknown item '{row.Item}'; expected a product id of the dataset");
        if (d.HasErrors)
            throw new RequestException(s.P("map"), $"{file} has errors; first: {d.Items.First(x => x.Severity == Severity.Error)}", ErrorKind.InvalidData) { Diagnostics = d.Items };
        return rows;
    }

    /// <summary>Lost output value per (product, buyer country), US$ a year at the horizon's average rate; products without a unit value listed.</summary>
    private static (List<ProductLoss>, List<string>) ProductLosses(Dataset dataset, IReadOnlyList<Simulation.MonteCarlo.NodeOutcome> outcomes)
    {
        var values = new UnitValues(dataset);
        var losses = new List<ProductLoss>();
        var unvalued = new List<string>();
        foreach (var o in outcomes.Where(o => o.Label.Kind == NodeLabel.DemandKind))
        {
            if ((o.LostOutputPct.Median ?? 0) <= 0) continue;
            if (values.UsdPerUnit(o.Label.Item) is not { } usd) { unvalued.Add(o.Label.Item); continue; }
            var units = dataset.Tables.Demand.Where(d => d.Product == o.Label.Item && d.Country == o.Label.Country).Sum(d => d.UnitsPerYear);
            losses.Add(new ProductLoss(o.Label.Item, o.Label.Country, units * usd * o.LostOutputPct.Median!.Value / 100));
        }
        return (losses, unvalued.Distinct(StringComparer.Ordinal).ToList());
    }

}
