namespace Chokepoint.Contracts;

/// <summary>A known code that a looked-up code (controls --code) matched and that leads to a measure.</summary>
/// <param name="System">Code system of the known code: hs, cn-china-10, eu-cn8, us-hts10, eccn, cn-dual-use, eu-annex1 or nl-national.</param>
/// <param name="Code">The known code.</param>
/// <param name="Via">The item (whose code it is) or the measure (whose text names it).</param>
/// <param name="Exact">True when equal to the code looked up; false when one is a prefix or a list subdivision of the other.</param>
/// <param name="Source">Source id of the code (codes.csv), or null for an HS code of items.csv.</param>
public sealed record CodeMatchJson(string System, string Code, string Via, bool Exact, string? Source);
