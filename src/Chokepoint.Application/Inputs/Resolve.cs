using System.Globalization;
using Chokepoint.Analysis.Lookup;
using Chokepoint.Application.Wording;
using Chokepoint.Data;
using Chokepoint.Model;

namespace Chokepoint.Application.Inputs;

/// <summary>
/// The one resolver of what users type, for every surface: items (ids, names, words, with suggestions), countries and
/// groups, dates (with plausibility), numbers, codes and measures. Each refusal is a <see cref="RequestException"/>
/// naming the parameter as the surface spells it and what was expected. Pure; thread-safe.
/// </summary>
public static class Resolve
{
    /// <summary>The item <paramref name="text"/> names: its id in any case or words of its name (<see cref="ItemResolver"/>).</summary>
    /// <param name="what">How the message calls it ("item", "product").</param>
    public static Item Item(Dataset dataset, string? text, string parameter, string what = "item")
    {
        ArgumentNullException.ThrowIfNull(dataset);
        if (string.IsNullOrWhiteSpace(text))
            throw new RequestException(parameter, $"{parameter} is required; expected an item id or name such as gallium (see 'chokepoint items')");
        var match = ItemResolver.Resolve(dataset, text.Trim());
        if (match.Item is { } item) return item;
        var shown = Clip(text);
        if (match.Ambiguous)
            throw new RequestException(parameter, $"{what} '{shown}' could mean {string.Join(", ", match.Candidates)}; give one of these ids");
        throw new RequestException(parameter, $"unknown {what} '{shown}'; expected an id from 'chokepoint items'{(match.Candidates.Count > 0 ? $" (did you mean {string.Join(", ", match.Candidates)}?)" : "")}", ErrorKind.NotFound);
    }

    /// <summary>A comma-separated list of items, each resolved as <see cref="Item"/>; null when absent or empty.</summary>
    public static IReadOnlyList<string>? Items(Dataset dataset, string? text, string parameter)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var list = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(i => Item(dataset, i, parameter).Id).ToList();
        return list.Count > 0 ? list : null;
    }

    /// <summary>An ISO3 country of the dataset, upper-cased.</summary>
    public static string Country(Dataset dataset, string? text, string parameter)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var code = text?.Trim().ToUpperInvariant() ?? "";
        if (dataset.Countries.ContainsKey(code)) return code;
        throw new RequestException(parameter, code.Length == 0
            ? $"{parameter} is required; expected an ISO3 code such as CHN or USA"
            : $"{parameter} '{Clip(text)}' is not a country of the dataset; expected an ISO3 code such as CHN or USA");
    }

    /// <summary>A country, or a group of countries.csv (e.g. EU) as its member list.</summary>
    public static IReadOnlyList<string> CountryOrGroup(Dataset dataset, string? text, string parameter)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var code = text?.Trim() ?? "";
        if (dataset.Countries.ContainsKey(code.ToUpperInvariant())) return [code.ToUpperInvariant()];
        var members = code.Length > 0 ? dataset.MembersOf(code) : [];
        if (members.Count > 0) return members;
        throw new RequestException(parameter, code.Length == 0
            ? $"{parameter} is required; expected an ISO3 code or a group of countries.csv (e.g. EU, G7)"
            : $"{parameter} '{Clip(text)}' is neither an ISO3 code nor a group of countries.csv (e.g. EU, G7)");
    }

    /// <summary>A YYYY-MM-DD date within <see cref="InputLimits"/>' plausible range.</summary>
    public static DateOnly Date(string? text, string parameter)
    {
        if (!DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            throw new RequestException(parameter, $"{parameter} '{Clip(text)}' is not a date; expected YYYY-MM-DD");
        return InputLimits.IsPlausible(d) ? d
            : throw new RequestException(parameter, $"{parameter} {Format.Date(d)} is out of range; expected a date from {Format.Date(InputLimits.EarliestDate)} to {Format.Date(InputLimits.LatestDate)}");
    }

    /// <summary>A date as <see cref="Date(string?, string)"/>, or <paramref name="fallback"/> when absent.</summary>
    public static DateOnly DateOr(string? text, string parameter, DateOnly fallback) =>
        string.IsNullOrWhiteSpace(text) ? fallback : Date(text, parameter);

    /// <summary>A date as <see cref="Date(string?, string)"/>, or null when absent.</summary>
    public static DateOnly? OptionalDate(string? text, string parameter) =>
        string.IsNullOrWhiteSpace(text) ? null : Date(text, parameter);

    /// <summary>A whole number within [<paramref name="min"/>, <paramref name="max"/>], or <paramref name="fallback"/> when absent.</summary>
    public static int Int(string? text, string parameter, int fallback, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) return Range(n, parameter, min, max);
        throw new RequestException(parameter, $"{parameter} '{Clip(text)}' is out of range; expected a whole number from {min} to {max}");
    }

    /// <summary><paramref name="value"/> when within [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static int Range(int value, string parameter, int min, int max) =>
        value >= min && value <= max ? value
            : throw new RequestException(parameter, max == int.MaxValue
                ? $"{parameter} {value} is out of range; expected at least {min}"
                : $"{parameter} {value} is out of range; expected {min} to {max}");

    /// <summary>A fraction in [0, 1] given as text, or null when absent.</summary>
    public static double? Fraction(string? text, string parameter)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) ? Fraction(x, parameter)
            : throw new RequestException(parameter, $"{parameter} '{Clip(text)}' is out of range; expected a fraction between 0 and 1");
    }

    /// <summary>A fraction in [0, 1], or null when absent.</summary>
    public static double? Fraction(double? value, string parameter) =>
        value is not { } x ? null
            : double.IsFinite(x) && x is >= 0 and <= 1 ? x
            : throw new RequestException(parameter, $"{parameter} {x.ToString(CultureInfo.InvariantCulture)} is out of range; expected a fraction between 0 and 1");

    /// <summary>An HS code prefix: 2 to 10 digits (dots ignored); null when absent.</summary>
    public static string? Hs(string? text, string parameter)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim().Replace(".", "", StringComparison.Ordinal);
        return t.Length is >= 2 and <= 10 && t.All(char.IsAsciiDigit) ? t
            : throw new RequestException(parameter, $"{parameter} '{Clip(text)}' is not an HS code; expected digits such as 850511");
    }

    /// <summary>One of the allowed spellings, or null when absent.</summary>
    public static string? OneOf(string? text, string parameter, IReadOnlyList<string> allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        return allowed.Contains(t) ? t : throw new RequestException(parameter, $"{parameter} '{Clip(text)}' is unknown; expected one of {string.Join(", ", allowed)}");
    }

    /// <summary>A measure status word (in_force, suspended, …), or null when absent.</summary>
    public static MeasureStatus? Status(string? text, string parameter) =>
        OneOf(text, parameter, Names.Statuses) is { } s ? Names.ParseStatus(s) : null;

    /// <summary>An item kind word (raw, refined, …), or null when absent.</summary>
    public static ItemKind? Kind(string? text, string parameter) =>
        OneOf(text, parameter, Names.ItemKinds) is { } k ? Names.ParseItemKind(k) : null;

    /// <summary>An industry some item of the dataset belongs to, or null when absent.</summary>
    public static string? Industry(Dataset dataset, string? text, string parameter)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        return dataset.Tables.Items.Any(i => i.Industry == t) ? t
            : throw new RequestException(parameter, $"{parameter} '{Clip(text)}' matches no item; industries are {string.Join(", ", dataset.Tables.Items.Select(i => i.Industry).Distinct().Order(StringComparer.Ordinal))}");
    }

    /// <summary>The measure with this id (any case), or a not-found naming close ids.</summary>
    public static ControlMeasure Measure(Dataset dataset, string? text, string parameter)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var key = text?.Trim() ?? "";
        if (dataset.Measures.TryGetValue(key, out var exact)) return exact;
        var match = dataset.Measures.Values.FirstOrDefault(m => string.Equals(m.Id, key, StringComparison.OrdinalIgnoreCase));
        if (match is not null) return match;
        var near = key.Length == 0 ? [] : dataset.Measures.Keys.Where(k => k.Contains(key, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).Take(5).ToList();
        throw new RequestException(parameter, $"unknown measure '{Clip(text)}'; expected an id from 'chokepoint controls'{(near.Count > 0 ? $" (close: {string.Join(", ", near)})" : "")}", ErrorKind.NotFound);
    }

    /// <summary>User text quoted in a message: control characters dropped, at most 80 characters.</summary>
    public static string Clip(string? text)
    {
        var clean = new string((text ?? "").Where(c => !char.IsControl(c) && c is not (>= '\u202a' and <= '\u202e') and not (>= '\u2066' and <= '\u2069')).ToArray()).Trim();
        return clean.Length <= 80 ? clean : string.Concat(clean.AsSpan(0, 79), "…");
    }
}
