namespace Chokepoint.Fuzz;

/// <summary>
/// The valid inputs every mutation starts from: a small dataset folder (one file of it is mutated
/// per input), a scenario over that dataset, and evidence documents in the three formats.
/// </summary>
internal static class Seeds
{
    public static readonly IReadOnlyDictionary<string, string> Dataset = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["sources.csv"] = "id,title,publisher,date,url\ns1,Mineral Commodity Summaries,USGS,2025-01-31,https://example.org/mcs\n",
        ["countries.csv"] = "iso3,name,groups\nCHN,China,\nUSA,United States,G7\nAUS,Australia,OECD\nROW,Rest of world,\n",
        ["items.csv"] = "id,name,kind,unit,hs_codes,industry\nore,Gallium-bearing ore,raw,t,2606,semiconductors\n" +
                        "gallium,\"Gallium, primary metal\",refined,kg,811292,semiconductors\nwafer,GaAs wafer,component,piece,381800,semiconductors\n" +
                        "radar,AESA radar,product,unit,852691,defence\n",
        ["production.csv"] = "item,country,year,share_pct,source,confidence,quantity,quantity_unit\n" +
                             "ore,CHN,2024,60,s1,high,1000,t\nore,AUS,2024,40,s1,medium,,\ngallium,CHN,2024,98,s1,high,760000,kg\n" +
                             "gallium,ROW,2024,2,s1,low,,\nwafer,USA,2024,50,s1,medium,,\nwafer,CHN,2024,50,s1,medium,,\nradar,USA,2024,100,s1,high,,\n",
        ["recipes.csv"] = "output,input,quantity,essential,source\ngallium,ore,0.02,true,s1\nwafer,gallium,0.05,true,s1\nradar,wafer,12,true,s1\n",
        ["trade.csv"] = "item,exporter,importer,year,value_usd,source\ngallium,CHN,USA,2024,1500000,s1\n",
        ["stocks.csv"] = "item,country,days_of_cover,source\ngallium,*,60,s1\n",
        ["expansion.csv"] = "item,spare_capacity_pct,expansion_days,source\ngallium,10,730,s1\n",
        ["demand.csv"] = "product,country,units_per_year,source\nradar,USA,1000,s1\n",
        ["controls.yaml"] = """
            - id: CHN-TEST-23
              issuer: CHN
              instrument: "Announcement No. 23 [2023]"
              kind: licence
              announced: 2023-07-03
              effective: 2023-08-01
              items: [gallium, wafer]
              destinations: "*"
              approval_rate: 0.5
              licence_delay_days: 63
              sources: [s1]
              notes: >-
                Licence regime.
            - id: CHN-TEST-46
              issuer: CHN
              instrument: "Announcement No. 46 [2024]"
              kind: ban
              announced: 2024-12-03
              effective: 2024-12-03
              items: [gallium]
              destinations: [USA]
              sources: [s1]

            """,
    };

    public const string Scenario = """
        name: Gallium ban
        description: Ban on gallium to the USA. Announcement No. 46.
        start: 2024-12-03
        horizon_days: 120
        measures: [CHN-TEST-46]
        controls:
          - issuer: CHN
            items: [wafer]
            destinations: [USA]
            kind: licence
            approval_rate: 0.3
            licence_delay_days: 45
            from: 2025-01-01
        demand:
          - {product: radar, country: USA, units_per_year: 1000}
        stocks: {default_days: 30, items: {gallium: 90}}
        expansion: {gallium: {spare_capacity_pct: 5, expansion_days: 365}}
        uncertain:
          approval_rate: {dist: uniform, min: 0.1, max: 0.6}
          stock_days_factor: {dist: lognormal, median: 1.0, sigma: 0.3}

        """;

    public static readonly IReadOnlyList<(string Name, string Text)> Documents =
    [
        ("note.txt", "Beijing, 2025-10-09. China refines about 98% of the world's gallium, and on October 9 MOFCOM announced " +
                     "export controls on rare earths, with licences required from December 1. Germanium output fell 12% in 2024.\n"),
        ("page.html", "<!DOCTYPE html><html><head><title>Gallium curbs</title><script>var x=1;</script></head><body><nav>Home</nav>" +
                      "<main><h1>Gallium curbs</h1><p>China produces 98.8% of primary gallium (USGS, 2024).</p><ul><li>On 3 December 2024 " +
                      "MOFCOM banned gallium exports to the United States.</li></ul></main></body></html>"),
        ("brief.md", "# Antimony\n\nChina accounted for 48% of mined antimony in 2024; on **15 September 2024** it imposed licences.\n\n" +
                     "| item | share |\n|---|---|\n| antimony | 48% |\n"),
        ("zh.txt", "2025年4月4日，商务部宣布对钐、钆、铽、镝等7类中重稀土相关物项实施出口管制。中国稀土产量占全球的70%。\n"),
    ];
}
