namespace Chokepoint.Model;

/// <summary>File and JSON spellings of <see cref="CodeSystem"/> and <see cref="CodeSubject"/>.</summary>
public static class CodeNames
{
    /// <summary>Every code system spelling, in enum order.</summary>
    public static readonly IReadOnlyList<string> Systems = ["hs", "cn-china-10", "eu-cn8", "us-hts10", "eccn", "cn-dual-use", "eu-annex1", "nl-national"];

    /// <summary>File spelling of a code system.</summary>
    public static string Of(CodeSystem system) => Systems[(int)system];

    /// <summary>Parses a code system; null when unknown.</summary>
    public static CodeSystem? ParseSystem(string text)
    {
        for (var i = 0; i < Systems.Count; i++)
            if (Systems[i] == text) return (CodeSystem)i;
        return null;
    }

    /// <summary>Parses a subject kind (item, measure); null when unknown.</summary>
    public static CodeSubject? ParseSubject(string text) => text switch
    {
        "item" => CodeSubject.Item,
        "measure" => CodeSubject.Measure,
        _ => null,
    };

    /// <summary>File spelling of a subject kind.</summary>
    public static string Of(CodeSubject subject) => subject == CodeSubject.Item ? "item" : "measure";

    /// <summary>True for the numeric tariff systems (HS and national lines), false for control-list numbers.</summary>
    public static bool IsTariff(CodeSystem system) => system is CodeSystem.Hs or CodeSystem.CnChina10 or CodeSystem.EuCn8 or CodeSystem.UsHts10;

    /// <summary>The number of digits a tariff code of <paramref name="system"/> has (HS: 4 to 6), or 0 for list numbers.</summary>
    public static (int Min, int Max) Digits(CodeSystem system) => system switch
    {
        CodeSystem.Hs => (4, 6),
        CodeSystem.CnChina10 => (10, 10),
        CodeSystem.EuCn8 => (8, 8),
        CodeSystem.UsHts10 => (10, 10),
        _ => (0, 0),
    };

    /// <summary>The code with spaces removed; tariff codes lose their dots (8505.11.00.70 → 8505110070), list numbers get an upper-case category (3a090 → 3A090).</summary>
    public static string Normalize(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var t = code.Trim().Replace(" ", "", StringComparison.Ordinal);
        if (t.Length > 0 && t.All(c => char.IsAsciiDigit(c) || c == '.')) return t.Replace(".", "", StringComparison.Ordinal);
        return t.Length >= 2 ? string.Concat(t[..2].ToUpperInvariant(), t[2..].ToLowerInvariant()) : t.ToUpperInvariant();
    }

    /// <summary>True when the normalized <paramref name="code"/> has 4 to 10 digits (an HS heading down to a national line).</summary>
    public static bool IsTariffShape(string code) => code is { Length: >= 4 and <= 10 } && code.All(char.IsAsciiDigit);

    /// <summary>True when the normalized <paramref name="code"/> looks like a control-list number: digit, category letter, three digits, then .a.1-style subdivisions (3A090, 1C902.a.4).</summary>
    public static bool IsListShape(string code) =>
        code is { Length: >= 5 } && char.IsAsciiDigit(code[0]) && char.IsAsciiLetterUpper(code[1]) && code[2..5].All(char.IsAsciiDigit)
        && (code.Length == 5 || (code[5] == '.' && code[5..].All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '.')));
}
