using System.Globalization;
using System.Text;
using Chokepoint.Model;

namespace Chokepoint.Testing;

/// <summary>Writes tables as a dataset folder (CSV + controls.yaml) for end-to-end tests.</summary>
public static class DatasetWriter
{
    public static void Write(DatasetTables t, string dir)
    {
        Directory.CreateDirectory(dir);
        Csv(dir, "sources.csv", "id,title,publisher,date,url", t.Sources.Select(s => Row(s.Id, s.Title, s.Publisher, s.Date, s.Url)));
        Csv(dir, "countries.csv", "iso3,name,groups", t.Countries.Select(c => Row(c.Iso3, c.Name, string.Join(";", c.Groups))));
        Csv(dir, "items.csv", "id,name,kind,unit,hs_codes,industry", t.Items.Select(i => Row(i.Id, i.Name, Names.Of(i.Kind), i.Unit, string.Join(";", i.HsCodes), i.Industry)));
        Csv(dir, "production.csv", "item,country,year,share_pct,source,confidence,quantity,quantity_unit",
            t.Production.Select(p => Row(p.Item, p.Country, N(p.Year), N(p.SharePct), p.Source, Names.Of(p.Confidence), p.Quantity is { } q ? N(q) : "", p.QuantityUnit ?? "")));
        if (t.Recipes.Any(r => r.Alternative is not null))
            Csv(dir, "recipes.csv", "output,input,quantity,essential,source,group,switch_days,penalty,switch_source", t.Recipes.Select(r => Row(
                r.Output, r.Input, N(r.Quantity), r.Essential ? "true" : "false", r.Source, r.Alternative?.Group ?? "",
                r.Alternative?.SwitchDays is { } d ? N(d) : "", r.Alternative is { InUse: false } a ? N(a.Penalty) : "", r.Alternative?.SwitchSource ?? "")));
        else
            Csv(dir, "recipes.csv", "output,input,quantity,essential,source", t.Recipes.Select(r => Row(r.Output, r.Input, N(r.Quantity), r.Essential ? "true" : "false", r.Source)));
        if (t.Firms.Count > 0)
            Csv(dir, "firms.csv", "id,name,country,parent,source", t.Firms.Select(f => Row(f.Id, f.Name, f.Country, f.Parent ?? "", f.Source)));
        if (t.Plants.Count > 0)
            Csv(dir, "plants.csv", "plant,firm,item,country,year,share_pct,source,confidence", t.Plants.Select(p => Row(p.Plant, p.Firm, p.Item, p.Country, N(p.Year), N(p.SharePct), p.Source, Names.Of(p.Confidence))));
        Csv(dir, "trade.csv", "item,exporter,importer,year,value_usd,source", t.Trade.Select(f => Row(f.Item, f.Exporter, f.Importer, N(f.Year), N(f.ValueUsd), f.Source)));
        if (t.Stocks.Any(s => s.DaysOfCoverHigh is not null || s.RefillPct is not null || s.Holder != Names.Everyone))
            Csv(dir, "stocks.csv", "item,country,days_of_cover,source,holder,refill_pct,days_of_cover_high", t.Stocks.Select(s => Row(
                s.Item, s.Country, N(s.DaysOfCover), s.Source, s.Holder, s.RefillPct is { } r ? N(r) : "", s.DaysOfCoverHigh is { } h ? N(h) : "")));
        else
            Csv(dir, "stocks.csv", "item,country,days_of_cover,source", t.Stocks.Select(s => Row(s.Item, s.Country, N(s.DaysOfCover), s.Source)));
        Csv(dir, "expansion.csv", "item,spare_capacity_pct,expansion_days,source", t.Expansion.Select(e => Row(e.Item, N(e.SpareCapacityPct), N(e.ExpansionDays), e.Source)));
        Csv(dir, "claims.csv", "item,country,year,value_pct,metric,source,note", t.Claims.Select(c => Row(c.Item, c.Country, N(c.Year), N(c.ValuePct), c.Metric, c.Source, c.Note)));
        Csv(dir, "demand.csv", "product,country,units_per_year,source,end_use", t.Demand.Select(d => Row(d.Product, d.Country, N(d.UnitsPerYear), d.Source, d.EndUse)));
        File.WriteAllText(Path.Combine(dir, "controls.yaml"), Yaml(t.Controls));
    }

    private static string Yaml(IReadOnlyList<ControlMeasure> measures)
    {
        if (measures.Count == 0) return "[]\n";
        var sb = new StringBuilder();
        foreach (var m in measures)
        {
            sb.Append(CultureInfo.InvariantCulture, $"- id: {m.Id}\n  issuer: {m.Issuer}\n  instrument: \"{m.Instrument}\"\n  kind: {Names.Of(m.Kind)}\n");
            sb.Append(CultureInfo.InvariantCulture, $"  announced: {m.Announced:yyyy-MM-dd}\n  effective: {m.Effective:yyyy-MM-dd}\n");
            if (m.SuspendedFrom is { } f) sb.Append(CultureInfo.InvariantCulture, $"  suspended_from: {f:yyyy-MM-dd}\n");
            if (m.SuspendedUntil is { } u) sb.Append(CultureInfo.InvariantCulture, $"  suspended_until: {u:yyyy-MM-dd}\n");
            if (m.Ended is { } e) sb.Append(CultureInfo.InvariantCulture, $"  ended: {e:yyyy-MM-dd}\n");
            sb.Append(CultureInfo.InvariantCulture, $"  items: [{string.Join(", ", m.Items)}]\n");
            sb.Append(CultureInfo.InvariantCulture, $"  destinations: [{string.Join(", ", m.Destinations.Select(d => d == "*" ? "\"*\"" : d))}]\n");
            if (m.ExcludedDestinations.Count > 0) sb.Append(CultureInfo.InvariantCulture, $"  excluded_destinations: [{string.Join(", ", m.ExcludedDestinations)}]\n");
            if (m.ApprovalRate is { } a) sb.Append(CultureInfo.InvariantCulture, $"  approval_rate: {N(a)}\n");
            if (m.LicenceDelayDays is { } dd) sb.Append(CultureInfo.InvariantCulture, $"  licence_delay_days: {dd}\n");
            if (m.Suspends.Count > 0) sb.Append(CultureInfo.InvariantCulture, $"  suspends: [{string.Join(", ", m.Suspends)}]\n");
            if (m.IsEndUseSpecific) sb.Append(CultureInfo.InvariantCulture, $"  end_uses: [{string.Join(", ", m.EndUses)}]\n");
            if (m.FirmTargets.Count > 0) sb.Append(CultureInfo.InvariantCulture, $"  targets: [{string.Join(", ", m.FirmTargets)}]\n");
            sb.Append(CultureInfo.InvariantCulture, $"  sources: [{string.Join(", ", m.Sources)}]\n");
        }
        return sb.ToString();
    }

    private static void Csv(string dir, string name, string header, IEnumerable<string> rows) =>
        File.WriteAllText(Path.Combine(dir, name), header + "\n" + string.Concat(rows.Select(r => r + "\n")));

    private static string N(double x) => x.ToString("R", CultureInfo.InvariantCulture);
    private static string N(int x) => x.ToString(CultureInfo.InvariantCulture);

    private static string Row(params string[] fields) => string.Join(",", fields.Select(Quote));

    private static string Quote(string f) =>
        f.Contains(',', StringComparison.Ordinal) || f.Contains('"', StringComparison.Ordinal) ? "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : f;
}
