namespace Chokepoint.Model;

/// <summary>
/// One published price of an item in one month and market (observed/prices.csv): inside the issuing country or outside
/// it (Europe, Rotterdam, USA, Japan), as the source quotes it, with the grade. The price model is anchored on these rows
/// and the back-test scores the outside/inside ratio against them.
/// </summary>
/// <param name="Month">First day of the month the price was published for.</param>
/// <param name="Market"><see cref="Inside"/> (the issuer's domestic market) or <see cref="Outside"/> (the rest of the world).</param>
/// <param name="Place">Where and by whom the price was assessed (e.g. "Europe (Argus)").</param>
/// <param name="Low">Low end of the published range, in <paramref name="Currency"/> per <paramref name="Per"/>, &gt; 0.</param>
/// <param name="High">High end of the range (= low for a single figure), ≥ low.</param>
/// <param name="Currency">USD or CNY.</param>
/// <param name="Per">The quantity priced: kg, t or mtu (metric tonne unit, 10 kg of WO3).</param>
/// <param name="UsdPerCny">US dollars per yuan for CNY rows (the note says where the rate comes from); null for USD rows.</param>
public sealed record ObservedPrice(DateOnly Month, string Item, string Market, string Place, string Grade, double Low, double High,
    string Currency, string Per, double? UsdPerCny, string Source, string Note)
{
    /// <summary>The issuer's domestic market.</summary>
    public const string Inside = "inside";
    /// <summary>The rest of the world.</summary>
    public const string Outside = "outside";

    /// <summary>Where the row was read.</summary>
    public Origin Origin { get; init; } = Origin.Code;

    /// <summary>Mid-point of the range in US dollars per kg of the product as quoted (computed: (low + high) / 2, converted).</summary>
    public double UsdPerKg => (Low + High) / 2 * (Currency == "CNY" ? UsdPerCny ?? double.NaN : 1.0) / KgPer(Per);

    /// <summary>Kilograms in one unit of <paramref name="per"/> (an mtu is 10 kg of WO3).</summary>
    public static double KgPer(string per) => per switch { "t" => 1000.0, "mtu" => 10.0, _ => 1.0 };
}
