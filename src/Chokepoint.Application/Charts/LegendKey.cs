namespace Chokepoint.Application.Charts;

/// <summary>A legend entry that is no series: what a bar colour or hatching means.</summary>
/// <param name="Label">What the swatch means.</param>
/// <param name="Color">Its colour, #rrggbb.</param>
/// <param name="Hatched">True for the hatched swatch of proxies.</param>
public sealed record LegendKey(string Label, string Color, bool Hatched = false);
