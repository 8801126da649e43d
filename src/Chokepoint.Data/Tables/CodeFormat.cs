using Chokepoint.Data.Diagnostics;
using Chokepoint.Model;

namespace Chokepoint.Data.Tables;

/// <summary>The shape each code system's codes must have, so a mistyped code is caught where it is written.</summary>
public static class CodeFormat
{
    /// <summary>The code with spaces removed and, for tariff lines, dots removed (8505.11.00.70 → 8505110070).</summary>
    public static string Normalize(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var trimmed = code.Replace(" ", "", StringComparison.Ordinal);
        var digitsAndDots = trimmed.All(c => char.IsAsciiDigit(c) || c == '.');
        return digitsAndDots ? trimmed.Replace(".", "", StringComparison.Ordinal) : trimmed;
    }

    /// <summary>What is wrong with <paramref name="code"/> for <paramref name="system"/>, or null when it fits.</summary>
    public static string? Problem(CodeSystem system, string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var c = Normalize(code);
        if (CodeNames.IsTariff(system))
        {
            var (min, max) = CodeNames.Digits(system);
            if (!c.All(char.IsAsciiDigit) || c.Length < min || c.Length > max)
                return $"'{Shown.Clip(code)}' is not a {CodeNames.Of(system)} code; expected {(min == max ? $"{min}" : $"{min} to {max}")} digits";
            return null;
        }
        // Control-list numbers: digit, category letter, three digits, then optional .a.1-style subdivisions (3A090, 1C902.a.4).
        var ok = c.Length >= 5 && char.IsAsciiDigit(c[0]) && char.IsAsciiLetterUpper(c[1]) && c[2..5].All(char.IsAsciiDigit)
                 && c[5..].All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '.') && (c.Length == 5 || c[5] == '.');
        return ok ? null : $"'{Shown.Clip(code)}' is not a {CodeNames.Of(system)} number; expected e.g. 3A090 or 1C902.a.4";
    }
}
