using System.Globalization;
using Chokepoint.Model;

namespace Chokepoint.Web.Api;

/// <summary>Checks of request values against the dataset; each failure names the parameter and what was expected.</summary>
public static class Inputs
{
    /// <summary>The item with this id, or a 404 naming the parameter.</summary>
    public static Item Item(Dataset dataset, string? id, string parameter)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        if (string.IsNullOrWhiteSpace(id)) throw new BadInputException(parameter, $"{parameter} is required; expected an item id such as gallium (GET /api/v1/items lists them)");
        if (dataset.Items.TryGetValue(id.Trim(), out var item)) return item;
        var near = dataset.Items.Keys.Where(k => k.Contains(id, StringComparison.Ordinal) || id.Contains(k, StringComparison.Ordinal)).Take(5).ToList();
        throw new BadInputException(parameter, $"{parameter} '{id}' is not an item of the dataset{(near.Count > 0 ? $" (close: {string.Join(", ", near)})" : "")}; GET /api/v1/items lists them", 404);
    }

    /// <summary>An ISO3 country of the dataset, upper-cased.</summary>
    public static string Country(Dataset dataset, string? iso3, string parameter)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var code = iso3?.Trim().ToUpperInvariant() ?? "";
        if (dataset.Countries.ContainsKey(code)) return code;
        throw new BadInputException(parameter, string.IsNullOrEmpty(code)
            ? $"{parameter} is required; expected an ISO3 code such as CHN or USA"
            : $"{parameter} '{iso3}' is not a country of the dataset; expected an ISO3 code such as CHN or USA");
    }

    /// <summary>A country, or a group of countries.csv (e.g. EU) as its member list.</summary>
    public static IReadOnlyList<string> CountryOrGroup(Dataset dataset, string? text, string parameter)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var code = text?.Trim() ?? "";
        if (dataset.Countries.ContainsKey(code.ToUpperInvariant())) return [code.ToUpperInvariant()];
        var members = code.Length > 0 ? dataset.MembersOf(code) : [];
        if (members.Count > 0) return members;
        throw new BadInputException(parameter, $"{parameter} '{text}' is neither an ISO3 code nor a group of countries.csv (e.g. EU, G7)");
    }

    /// <summary>A YYYY-MM-DD date, or <paramref name="fallback"/> when absent.</summary>
    public static DateOnly Date(string? text, string parameter, DateOnly fallback) =>
        string.IsNullOrWhiteSpace(text) ? fallback : Date(text, parameter);

    /// <summary>A YYYY-MM-DD date.</summary>
    public static DateOnly Date(string text, string parameter) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new BadInputException(parameter, $"{parameter} '{text}' is not a date; expected YYYY-MM-DD");

    /// <summary>A whole number within [min, max], or the fallback when absent.</summary>
    public static int Int(string? text, string parameter, int fallback, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
        throw new BadInputException(parameter, $"{parameter} '{text}' is out of range; expected a whole number from {min} to {max}");
    }

    /// <summary>A fraction in [0, 1], or null when absent.</summary>
    public static double? Fraction(string? text, string parameter)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.IsFinite(x) && x is >= 0 and <= 1) return x;
        throw new BadInputException(parameter, $"{parameter} '{text}' is out of range; expected a fraction between 0 and 1");
    }

    /// <summary>An HS code prefix: at least two digits.</summary>
    public static string? Hs(string? text, string parameter)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim().Replace(".", "", StringComparison.Ordinal);
        return t.Length >= 2 && t.Length <= 10 && t.All(char.IsAsciiDigit) ? t
            : throw new BadInputException(parameter, $"{parameter} '{text}' is not an HS code; expected digits such as 850511");
    }

    /// <summary>One of the allowed spellings, or null when absent.</summary>
    public static string? OneOf(string? text, string parameter, IReadOnlyList<string> allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        return allowed.Contains(t) ? t : throw new BadInputException(parameter, $"{parameter} '{text}' is unknown; expected one of {string.Join(", ", allowed)}");
    }
}
