namespace Chokepoint.Contracts;

/// <summary>A row of the report's stress-test table: a product, the countries whose figures read the same, and what they measure (made in, bought by).</summary>
public sealed record StressRowJson(string Item, IReadOnlyList<string> Countries, string As);
