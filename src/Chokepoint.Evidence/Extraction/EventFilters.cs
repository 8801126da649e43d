using System.Buffers;
using System.Text.RegularExpressions;
using Chokepoint.Evidence.Text;

namespace Chokepoint.Evidence.Extraction;

/// <summary>
/// What keeps a sentence that names a control from being a control event: a price move ("prices doubled
/// after the ban"), a forecast or a measure only considered ("could restrict", "预计"), or an actor that
/// is a company or a trade group rather than an authority ("exporters applied for licences"). Thread-safe.
/// </summary>
internal static partial class EventFilters
{
    /// <summary>Why <paramref name="s"/> is not the report of a measure, or null when nothing says so.</summary>
    public static string? NotAMeasure(string s)
    {
        if (!MayBeNoMeasure(s)) return null;
        if (PriceMove().IsMatch(s)) return "price move";
        if (Forecast().IsMatch(s) || ForecastMay().IsMatch(s)) return "forecast";
        return null;
    }

    // A word that every match of PriceMove, Forecast or ForecastMay holds, looked for in one vectorised pass so that
    // most sentences skip the three scans. Case-insensitive like the patterns: under RegexOptions.IgnoreCase with the
    // invariant culture the only character outside ASCII that matches an ASCII letter is the Kelvin sign (U+212A, a
    // "k"), and ordinal case-insensitive search does not fold it, so a sentence holding one runs the patterns anyway.
    // (ASCII words and Chinese ones apart: a mixed set falls back to a slower, non-vectorised search.)
    private static readonly SearchValues<string> NoMeasureWords = SearchValues.Create(
        ["price", "spot", "premium", "quot", "share", "stock",
         "could", "might", "likely", "expect", "forecast", "predict", "anticipate", "considering", "weighing", "mulling", "may",
         "threaten", "speculat", "analyst"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> NoMeasureWordsZh = SearchValues.Create(["价", "预计", "可能", "或将", "有望", "预测", "传闻", "考虑"], StringComparison.Ordinal);

    private static bool MayBeNoMeasure(string s)
    {
        var span = s.AsSpan();
        return span.ContainsAny(NoMeasureWords) || span.Contains('\u212A') || Cjk.HasCjk(span) && span.ContainsAny(NoMeasureWordsZh);
    }

    /// <summary>True when a company or a group of traders is named between <paramref name="from"/> and <paramref name="to"/> (the actor nearest the trigger).</summary>
    public static bool CompanyActs(string s, int from, int to)
    {
        if (to <= from) return false;
        var span = s.AsSpan(from, to - from);
        foreach (var m in Company().EnumerateMatches(span)) return true;
        return false;
    }

    /// <summary>True when a company or a group of traders is named anywhere before <paramref name="to"/>.</summary>
    public static bool CompanyBefore(string s, int to) => CompanyActs(s, 0, to);

    /// <summary>The issuer of a measure named by its instrument ("Announcement No. 18", "公告", "Entity List"), or null.</summary>
    public static string? NamedMeasureIssuer(string s)
    {
        var m = NamedMeasure().Match(s);
        if (!m.Success) return null;
        return m.Value.Contains("Entity", StringComparison.OrdinalIgnoreCase) || m.Value.Contains("EAR", StringComparison.Ordinal) || m.Value.Contains("Export Administration", StringComparison.OrdinalIgnoreCase) ? "USA" : "CHN";
    }

    [GeneratedRegex(@"\b(?:prices?|spot|premiums?|quotes|quotations|shares|stocks)\b[^.;]{0,80}?\b(?:rose|risen|rises|rising|jumped|jumps|doubled|doubles|tripled|soared|soars|surged|surges|climbed|climbs|fell|fallen|falls|dropped|drops|slumped|eased|spiked|spikes|hit|reached|went up|more than doubled)\b|\b(?:doubled|tripled|soared|surged|jumped)\b[^.;]{0,40}\bprices?\b|价格[^。；]{0,30}(?:上涨|上升|下跌|翻倍|翻番|飙升|回落|大涨|涨至|涨幅)|价[^。；]{0,12}(?:上涨|上升|下跌|翻倍|翻番|飙升|大涨)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PriceMove();

    [GeneratedRegex(@"\b(?:could|might|is likely to|are likely to|likely to|is expected to|are expected to|expects?|forecasts?|forecast|predicts?|predicted|anticipates?|is considering|are considering|considering|weighing|mulling|may soon|threaten(?:s|ed)? to|speculat\w+|analysts? (?:say|said|believe|think))\b|预计|可能|或将|有望|预测|传闻|考虑", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Forecast();

    // "may" only in lower case: "May" is a month.
    [GeneratedRegex(@"\bmay\b", RegexOptions.CultureInvariant)]
    private static partial Regex ForecastMay();

    [GeneratedRegex(@"\b(?:[A-Z][\w&.-]*\s+)+(?:Inc|Corp|Corporation|Ltd|Co|Group|Holdings|Materials|Mining|Resources|Technologies|Metals|Minerals|Rare Earths?|plc|AG|SA|NV)\b|\b(?:companies|company|firms?|miners?|producers?|manufacturers?|refiners?|traders?|automakers?|carmakers?|suppliers?|exporters?|importers?|buyers?|customers?|smelters?|(?!policy)\w*makers?)\b|公司|集团|企业|厂商|厂家|出口商|贸易商|生产商|冶炼厂|矿企", RegexOptions.CultureInvariant)]
    private static partial Regex Company();

    [GeneratedRegex(@"\bAnnouncement\s+(?:No\.?\s*)?\d+|\bEntity\s+List\b|\bExport\s+Administration\s+Regulations\b|\bEAR\b|公告|第\s*\d+\s*号", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamedMeasure();
}
