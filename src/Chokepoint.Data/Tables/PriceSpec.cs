using Chokepoint.Model;

namespace Chokepoint.Data.Tables;

/// <summary>observed/prices.csv (optional): published prices inside and outside the issuing country, each row sourced.</summary>
public static class PriceSpec
{
    /// <summary>The spec of observed/prices.csv.</summary>
    public static readonly TableSpec<ObservedPrice> Spec = new("observed/prices.csv", false,
        ["month", "item", "market", "place", "grade", "low", "high", "currency", "per", "usd_per_cny", "source", "note"],
        (r, o) =>
        {
            var month = StressSpecs.Month(r, "month");
            var item = r.Id("item");
            var market = r.Text("market");
            if (market is not null and not (ObservedPrice.Inside or ObservedPrice.Outside))
            {
                r.Error("market", $"unknown market '{market}'; expected {ObservedPrice.Inside} (the issuer's domestic market) or {ObservedPrice.Outside}");
                market = null;
            }
            var place = r.Text("place");
            var grade = r.Text("grade");
            var low = r.Number("low", double.Epsilon, double.MaxValue);
            var high = r.Number("high", double.Epsilon, double.MaxValue);
            if (low is { } l && high is { } h && h < l) r.Error("high", $"high {h} is below low {l}; expected high ≥ low");
            var currency = r.Text("currency");
            if (currency is not null and not ("USD" or "CNY"))
            {
                r.Error("currency", $"unknown currency '{currency}'; expected USD or CNY");
                currency = null;
            }
            var per = r.Text("per");
            if (per is not null and not ("kg" or "t" or "mtu"))
            {
                r.Error("per", $"unknown unit '{per}'; expected kg, t or mtu");
                per = null;
            }
            var fx = r.Number("usd_per_cny", 0.01, 1, required: currency == "CNY");
            var source = r.Id("source");
            return month is null || item is null || market is null || place is null || grade is null || low is null || high is null
                   || currency is null || per is null || source is null || (currency == "CNY" && fx is null) ? null
                : new ObservedPrice(month.Value, item, market, place, grade, low.Value, high.Value, currency, per, fx, source, r.Raw("note")) { Origin = o };
        }, p => $"{p.Month:yyyy-MM},{p.Item},{p.Market},{p.Place}", "month,item,market,place");
}
