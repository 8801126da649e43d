using System.Globalization;

namespace Chokepoint.Application.Wording;

/// <summary>How numbers and dates are written on every surface (tables, pages, report). Invariant culture; pure.</summary>
public static class Format
{
    /// <summary>A percentage with one decimal from a 0–100 value: "12.3%".</summary>
    public static string Pct(double pct) => pct.ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>A percentage with one decimal from a 0–1 fraction.</summary>
    public static string Frac(double fraction) => Pct(100 * fraction);

    /// <summary>A 0–1 fraction with three decimals: "0.412".</summary>
    public static string Fraction(double f) => f.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>A count or a quantity with thousands separators and at most two decimals.</summary>
    public static string Number(double x) => x.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>
    /// A physical quantity to three significant figures (no false precision): 21,003,033.33 → "21,000,000", 0.012345 → "0.0123".
    /// </summary>
    public static string Quantity(double x)
    {
        if (x == 0 || !double.IsFinite(x)) return x.ToString(CultureInfo.InvariantCulture);
        var magnitude = (int)Math.Floor(Math.Log10(Math.Abs(x)));
        var decimals = Math.Max(0, 2 - magnitude);
        var rounded = decimals > 0 ? Math.Round(x, Math.Min(decimals, 15)) : Math.Round(x / Math.Pow(10, magnitude - 2)) * Math.Pow(10, magnitude - 2);
        return rounded.ToString(decimals > 0 ? "#,0." + new string('#', Math.Min(decimals, 15)) : "#,0", CultureInfo.InvariantCulture);
    }

    /// <summary>US dollars, whole: "48,766,572".</summary>
    public static string Usd(double x) => x.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>A whole number.</summary>
    public static string Int(int x) => x.ToString(CultureInfo.InvariantCulture);

    /// <summary>YYYY-MM-DD.</summary>
    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Items joined by ", ".</summary>
    public static string List(IEnumerable<string> items) => string.Join(", ", items);
}
