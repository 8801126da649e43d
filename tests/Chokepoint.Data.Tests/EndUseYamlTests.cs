using Chokepoint.Model;

namespace Chokepoint.Data.Tests;

/// <summary>controls.yaml end uses, destination groups and sanctions; demand.csv end_use (issue 17 §2).</summary>
public sealed class EndUseYamlTests : IDisposable
{
    private const string Controls = "controls.yaml";
    private readonly DatasetFolder _data = new();

    // Lines 1-10 of a registry with one licence; extra lines follow from line 11.
    private static string File(string kind, params string[] extra) =>
        string.Join("\n", new[]
        {
            "measures:",               // 1
            "- id: CHN-TEST-1",        // 2
            "  issuer: CHN",           // 3
            $"  kind: {kind}",         // 4
            "  announced: 2025-03-01", // 5
            "  effective: 2025-04-01", // 6
            "  items: [m]",            // 7
            "  destinations: \"*\"",   // 8
            "  approval_rate: 0.5",    // 9
            "  sources: [test]",       // 10
        }.Concat(extra)) + "\n";

    [Fact]
    public void End_uses_of_a_measure_and_of_a_phase_load()
    {
        _data.Write(Controls, File("licence",
            "  end_uses: [military, listed-entity]",
            "  phases:",
            "    - from: 2025-12-02",
            "      end_uses: [general-licence]",
            "      approval_rate: 1"));

        var result = _data.Load();

        Expect.Clean(result);
        var m = result.Dataset!.Measures["CHN-TEST-1"];
        Assert.Equal(["military", "listed-entity"], m.EndUses);
        Assert.True(m.Targets("USA", "military"));
        Assert.False(m.Targets("USA", "civil"));
        Assert.Equal(["general-licence"], Assert.Single(m.Phases).EndUses);
    }

    [Fact]
    public void An_unknown_end_use_is_an_error_listing_the_classes()
    {
        _data.Write(Controls, File("licence", "  end_uses: [army]"));

        var d = Expect.Error(_data.Load(), _data.PathOf(Controls), 11);

        Expect.Names(d, "unknown end use 'army'", "civil, military, listed-entity, general-licence");
    }

    [Fact]
    public void A_sanction_without_targets_is_an_error()
    {
        _data.Write(Controls, File("sanction"));

        var d = Expect.Error(_data.Load(), _data.PathOf(Controls), 2);

        Expect.Names(d, "a sanction must name the firms it targets in 'targets'");
    }

    [Fact]
    public void A_sanction_names_its_firms_and_may_cover_every_item()
    {
        _data.Write("firms.csv", "id,name,country,parent,source\nlockheed-martin,Lockheed Martin,USA,,test\n");
        _data.Write(Controls, File("sanction", "  targets: [lockheed-martin]").Replace("  items: [m]\n", "  items: []\n", StringComparison.Ordinal));

        var result = _data.Load();

        Expect.Clean(result);
        var m = result.Dataset!.Measures["CHN-TEST-1"];
        Assert.Equal(MeasureKind.Sanction, m.Kind);
        Assert.Equal(["lockheed-martin"], m.FirmTargets);
    }

    [Fact]
    public void A_sanction_naming_a_firm_missing_from_firms_csv_is_an_error_at_the_measure()
    {
        _data.Write("firms.csv", "id,name,country,parent,source\nlockheed-martin,Lockheed Martin,USA,,test\n");
        _data.Write(Controls, File("sanction", "  targets: [lockheed-martin, lockheed]"));

        var d = Expect.Error(_data.Load(), _data.PathOf(Controls), 2, 0);

        Expect.Names(d, "measure 'CHN-TEST-1'", "unknown firm 'lockheed'", "in 'targets'", "expected an id from firms.csv", "did you mean 'lockheed-martin'?");
    }

    [Fact]
    public void A_sanction_may_not_name_a_plant_where_a_firm_targeted_licence_may()
    {
        _data.Write("firms.csv", "id,name,country,parent,source\nacme,Acme,AUS,,test\n");
        _data.Write("plants.csv", "plant,firm,item,country,year,share_pct,source,confidence\nacme-cn,acme,m,CHN,2024,10,test,high\n");
        _data.Write(Controls, File("licence", "  targets: [acme-cn]"));
        Expect.Clean(_data.Load());

        _data.Write(Controls, File("sanction", "  targets: [acme-cn]"));

        Expect.Names(Expect.Error(_data.Load(), _data.PathOf(Controls), 2, 0), "unknown firm 'acme-cn'", "a sanction names firms");
    }

    [Fact]
    public void A_phase_for_a_destination_group_applies_to_its_members()
    {
        _data.Write("countries.csv", "iso3,name,groups\nCHN,China,\nAUS,Australia,\nUSA,United States,G7\nDEU,Germany,EU;G7\nFRA,France,EU;G7\n");
        _data.Write(Controls, File("licence", "  phases:", "    - from: 2025-06-01", "      destinations: [EU]", "      approval_rate: 0.2"));

        var result = _data.Load();

        Expect.Clean(result);
        var m = result.Dataset!.Measures["CHN-TEST-1"];
        Assert.Equal(["DEU", "FRA"], Assert.Single(m.Phases).Destinations);
        Assert.Equal(0.2, m.ApprovalRateOn(new DateOnly(2025, 7, 1), "FRA"));
        Assert.Equal(0.5, m.ApprovalRateOn(new DateOnly(2025, 7, 1), "USA"));
    }

    [Fact]
    public void An_unknown_end_use_in_demand_is_an_error_at_the_field()
    {
        _data.Write("demand.csv", "product,country,units_per_year,source,end_use\np,USA,10,test,navy\n");

        var d = Expect.Error(_data.Load(), _data.PathOf("demand.csv"), 2, 5);

        Expect.Names(d, "unknown end use 'navy'");
    }

    [Fact]
    public void A_capacity_project_loads_beside_the_items_headroom_row()
    {
        _data.Write("expansion.csv", "item,spare_capacity_pct,expansion_days,source,project,country,capacity,capacity_unit,online,status\n"
            + "m,10,730,test,,,,,,\n"
            + "m,,,test,aus-plant,AUS,500,t,2026-01-01,under-way\n");

        var result = _data.Load();

        Expect.Clean(result);
        var rows = result.Dataset!.Tables.Expansion;
        Assert.Equal(2, rows.Count);
        var project = Assert.Single(rows, e => e.Project == "aus-plant");
        Assert.Equal((500.0, "AUS", new DateOnly(2026, 1, 1), "under-way"), (project.Capacity!.Value, project.Country, project.Online!.Value, project.Status));
    }

    [Fact]
    public void A_project_row_with_an_unknown_status_is_an_error_at_the_field()
    {
        _data.Write("expansion.csv", "item,spare_capacity_pct,expansion_days,source,project,country,capacity,capacity_unit,online,status\n"
            + "m,,,test,aus-plant,AUS,500,t,2026-01-01,rumoured\n");

        var d = Expect.Error(_data.Load(), _data.PathOf("expansion.csv"), 2, 10);

        Expect.Names(d, "unknown status 'rumoured'", "announced, under-way, operating");
    }

    public void Dispose() => _data.Dispose();
}
