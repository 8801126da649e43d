using System.Globalization;
using Chokepoint.Data;

namespace Chokepoint.Cli.Infrastructure;

/// <summary>Number and date formatting for tables.</summary>
internal static class Format
{
    public static string Pct(double pct) => pct.ToString("0.0", CultureInfo.InvariantCulture) + "%";
    public static string Fraction(double f) => f.ToString("0.000", CultureInfo.InvariantCulture);
    public static string Number(double x) => x.ToString("#,0.##", CultureInfo.InvariantCulture);
    public static string Int(int x) => x.ToString(CultureInfo.InvariantCulture);
    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public static string List(IEnumerable<string> items) => string.Join(", ", items);

    /// <summary>Parses an ISO date option value or fails with a usage error naming the option.</summary>
    public static DateOnly ParseDate(string text, string option)
    {
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            throw CliException.Usage($"{option} '{SafeText.Clean(text)}' is not a date; expected YYYY-MM-DD");
        return InputLimits.IsPlausible(d) ? d
            : throw CliException.Usage($"{option} {text} is out of range; expected a date from {Date(InputLimits.EarliestDate)} to {Date(InputLimits.LatestDate)}");
    }
}
