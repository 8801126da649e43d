namespace Chokepoint.Data;

/// <summary>
/// Bounds of open-ended inputs (dataset quantities, dates in files and options). Finite is not enough: 1e308 units a year
/// pushed up a few recipe tiers overflows to infinity and the stress test silently returns nothing.
/// Each bound sits orders of magnitude above any real figure, and their product over ten tiers stays
/// far inside a double.
/// </summary>
public static class InputLimits
{
    /// <summary>Most input per unit of output in a recipe (1e9 of the input's unit).</summary>
    public const double MaxRecipeQuantity = 1e9;

    /// <summary>Most final demand in units a year (1e15; world tablet consumption is about 1e12).</summary>
    public const double MaxUnitsPerYear = 1e15;

    /// <summary>Most production quantity in a year (1e12 of the item's unit).</summary>
    public const double MaxQuantity = 1e12;

    /// <summary>Most value of one trade flow in US dollars a year (1e13, about a tenth of world GDP).</summary>
    public const double MaxValueUsd = 1e13;

    /// <summary>Earliest date accepted in a file or option (dates before it are typos, and date arithmetic near year 1 overflows).</summary>
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);

    /// <summary>Latest date accepted in a file or option (leaves room for a ten-year horizon before year 9999).</summary>
    public static readonly DateOnly LatestDate = new(2199, 12, 31);

    /// <summary>True when <paramref name="date"/> lies within <see cref="EarliestDate"/>..<see cref="LatestDate"/>.</summary>
    public static bool IsPlausible(DateOnly date) => date >= EarliestDate && date <= LatestDate;
}
