using Chokepoint.Data.Diagnostics;
using Chokepoint.Model;

namespace Chokepoint.Data.Tables;

/// <summary>The shape each code system's codes must have, so a mistyped code is caught where it is written.</summary>
public static class CodeFormat
{
    /// <summary>The code as stored: <see cref="CodeNames.Normalize"/>.</summary>
    public static string Normalize(string code) => CodeNames.Normalize(code);

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
        return CodeNames.IsListShape(c) ? null : $"'{Shown.Clip(code)}' is not a {CodeNames.Of(system)} number; expected e.g. 3A090 or 1C902.a.4";
    }
}
