using System.Globalization;
using Chokepoint.Data.Csv;
using Chokepoint.Model;

namespace Chokepoint.Data.Tables;

/// <summary>The CSV files the stress test and the back-test read beside the core tables (docs/dataset.md).</summary>
public static class StressSpecs
{
    /// <summary>transit.csv (optional)</summary>
    public static readonly TableSpec<TransitTime> Transit = new("transit.csv", false, ["exporter", "importer", "days", "source"],
        (r, o) =>
        {
            var exporter = r.Country("exporter", allowEveryone: true);
            var importer = r.Country("importer", allowEveryone: true);
            var days = r.Number("days", 0, 365);
            var source = r.Id("source");
            return exporter is null || importer is null || days is null || source is null ? null
                : new TransitTime(exporter, importer, days.Value, source) { Origin = o };
        }, t => $"{t.Exporter},{t.Importer}", "exporter,importer");

    /// <summary>sourcing_rules.csv (optional)</summary>
    /// <remarks>Optional column <c>share_pct</c>: required by <c>domestic-share</c> and <c>qualified</c> rules, empty on the other kinds.</remarks>
    public static readonly TableSpec<SourcingRule> SourcingRules = new("sourcing_rules.csv", false,
        ["id", "kind", "country", "holder", "items", "origin", "from", "source"],
        (r, o) =>
        {
            var id = r.Id("id");
            var kind = r.Text("kind");
            if (kind is not null and not (SourcingRule.Priority or SourcingRule.Bar or SourcingRule.DomesticShare or SourcingRule.Qualified))
            {
                r.Error("kind", $"unknown kind '{kind}'; expected {SourcingRule.Priority}, {SourcingRule.Bar}, {SourcingRule.DomesticShare} or {SourcingRule.Qualified}");
                kind = null;
            }
            var country = r.Country("country", allowEveryone: kind == SourcingRule.Qualified);
            var holder = r.Raw("holder") == Names.Everyone ? Names.Everyone : r.Id("holder");
            var items = r.List("items");
            if (items.Count == 0) r.Error("items", "empty 'items'; expected ;-separated item ids or '*'");
            var origin = r.Raw("origin");
            if (kind == SourcingRule.Bar && origin.Length == 0) r.Error("origin", "a bar needs the barred origin country; expected an ISO3 code such as CHN");
            if (kind == SourcingRule.Qualified && origin.Length == 0) r.Error("origin", "a qualified rule needs the firm its parts are qualified from; expected a firm id of firms.csv");
            if (origin.Length > 0) origin = kind == SourcingRule.Qualified ? r.Id("origin") ?? "" : r.Country("origin") ?? "";
            var from = r.OptionalDate("from");
            var source = r.Ids("source");
            var share = kind switch
            {
                SourcingRule.DomesticShare => DomesticShare(r, holder, items, from),
                SourcingRule.Qualified => QualifiedShare(r, holder, items, from),
                _ => NoShare(r),
            };
            return id is null || kind is null || country is null || holder is null || from is null || source is null
                   || (kind is SourcingRule.DomesticShare or SourcingRule.Qualified && share is null) ? null
                : new SourcingRule(id, kind, country, holder, items, origin, from.Length == 0 ? null : DateOnly.ParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture), source) { Origin = o, SharePct = share };
        }, s => s.Id, "rule id");

    /// <summary>A domestic-share rule: a share for every buyer of named items (from the makers of the origin, when given), with no date.</summary>
    private static double? DomesticShare(RowReader r, string? holder, IReadOnlyList<string> items, string? from)
    {
        if (holder is not null && holder != Names.Everyone) r.Error("holder", $"a domestic-share rule covers every buyer in the country; expected '*', not '{holder}'");
        if (items.Contains(Names.Everyone)) r.Error("items", "a domestic-share rule names its items; expected ;-separated item ids, not '*'");
        if (from is { Length: > 0 }) r.Error("from", "a domestic-share rule holds for the year of its source; expected an empty field");
        return r.Number("share_pct", 0, 100);
    }

    /// <summary>A qualified rule: the makers of one item buy a share of named inputs from one firm only, with no date.</summary>
    private static double? QualifiedShare(RowReader r, string? holder, IReadOnlyList<string> items, string? from)
    {
        if (holder == Names.Everyone) r.Error("holder", "a qualified rule covers the makers of one item; expected an item id, not '*'");
        if (items.Contains(Names.Everyone)) r.Error("items", "a qualified rule names its inputs; expected ;-separated item ids, not '*'");
        if (from is { Length: > 0 }) r.Error("from", "a qualified rule holds for the year of its source; expected an empty field");
        var share = r.Number("share_pct", 0, 100);
        if (share is <= 0)
        {
            r.Error("share_pct", "a qualified share of 0 qualifies nothing; expected a share above 0 and at most 100");
            return null;
        }
        return share;
    }

    private static double? NoShare(RowReader r)
    {
        if (r.Raw("share_pct").Length > 0) r.Error("share_pct", "'share_pct' belongs to domestic-share and qualified rules only; expected an empty field");
        return null;
    }

    /// <summary>observed/flows.csv (optional)</summary>
    public static readonly TableSpec<ObservedFlow> ObservedFlows = new("observed/flows.csv", false,
        ["month", "item", "exporter", "importer", "quantity", "unit", "source"],
        (r, o) =>
        {
            var month = Month(r, "month");
            var items = r.List("item");
            if (items.Count == 0) r.Error("item", "empty 'item'; expected an item id (or ;-separated ids summed into one series)");
            var exporter = r.Country("exporter");
            var importer = r.Country("importer", allowEveryone: true);
            var quantity = r.Number("quantity", 0, double.MaxValue);
            var unit = r.Text("unit");
            var source = r.Id("source");
            return month is null || exporter is null || importer is null || quantity is null || unit is null || source is null ? null
                : new ObservedFlow(month.Value, items, exporter, importer, quantity.Value, unit, source) { Origin = o };
        }, f => $"{f.Month:yyyy-MM},{f.ItemKey},{f.Exporter},{f.Importer}", "month,item,exporter,importer");

    /// <summary>observed/events.csv (optional)</summary>
    public static readonly TableSpec<ObservedEvent> ObservedEvents = new("observed/events.csv", false,
        ["date", "country", "product", "event", "firm", "source"],
        (r, o) =>
        {
            var raw = r.Text("date");
            (DateOnly From, DateOnly To)? span = null;
            if (raw is not null)
            {
                if (DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) span = (day, day);
                else if (Month(r, "date") is { } m) span = (m, m.AddMonths(1).AddDays(-1));
            }
            var country = r.Country("country");
            var product = r.Id("product");
            var kind = r.Text("event");
            if (kind is not null && !ObservedEvent.Kinds.Contains(kind))
            {
                r.Error("event", $"unknown event '{kind}'; expected one of {string.Join(", ", ObservedEvent.Kinds)}");
                kind = null;
            }
            var firm = r.Text("firm");
            var source = r.Id("source");
            return raw is null || span is null || country is null || product is null || kind is null || firm is null || source is null ? null
                : new ObservedEvent(raw, span.Value.From, span.Value.To, country, product, kind, firm, source) { Origin = o };
        }, e => $"{e.Date},{e.Country},{e.Product},{e.Event},{e.Firm}", "date,country,product,event,firm");

    /// <summary>observed/output.csv (optional)</summary>
    public static readonly TableSpec<ObservedOutput> ObservedOutput = new("observed/output.csv", false,
        ["month", "product", "country", "quantity", "unit", "change_pct", "measure", "source"],
        (r, o) =>
        {
            var month = Month(r, "month");
            var products = r.List("product");
            if (products.Count == 0) r.Error("product", "empty 'product'; expected a product id (or ;-separated ids the statistic covers together)");
            var country = r.Country("country");
            var quantity = r.Number("quantity", 0, double.MaxValue);
            var unit = r.Text("unit");
            var change = r.Number("change_pct", -100, 1000, required: false);
            var measure = r.Text("measure");
            var source = r.Id("source");
            return month is null || country is null || quantity is null || unit is null || measure is null || source is null ? null
                : new ObservedOutput(month.Value, products, country, quantity.Value, unit, change, measure, source) { Origin = o };
        }, f => $"{f.Month:yyyy-MM},{f.ProductKey},{f.Country}", "month,product,country");

    internal static DateOnly? Month(RowReader r, string column)
    {
        var v = r.Raw(column);
        if (DateOnly.TryParseExact(v + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m)) return m;
        r.Error(column, $"'{v}' in '{column}' is not a month; expected YYYY-MM{(column == "date" ? " or YYYY-MM-DD" : "")}");
        return null;
    }
}
