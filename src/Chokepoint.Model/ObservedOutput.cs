namespace Chokepoint.Model;

/// <summary>
/// One month of observed production of a product in a country (observed/output.csv): what statistics recorded, and the
/// change from the same month a year before as published. The back-test scores modelled lost output against it.
/// </summary>
/// <param name="Month">First day of the month.</param>
/// <param name="Products">Product ids whose modelled output the series covers (e.g. every car product for "vehicle production").</param>
/// <param name="Quantity">Observed quantity in <paramref name="Unit"/>, ≥ 0.</param>
/// <param name="ChangePct">Published change from the same month a year before, in percent (−100 … 1000); null when not published.</param>
/// <param name="Measure">What the statistic counts, as its publisher words it (e.g. "domestic passenger car production (VDA)").</param>
public sealed record ObservedOutput(DateOnly Month, IReadOnlyList<string> Products, string Country, double Quantity, string Unit, double? ChangePct, string Measure, string Source)
{
    /// <summary>Where the row was read.</summary>
    public Origin Origin { get; init; } = Origin.Code;

    /// <summary>The products as written (";"-joined), the series key with the country.</summary>
    public string ProductKey => string.Join(';', Products);
}
