using Chokepoint.Simulation.Prices;

namespace Chokepoint.Application.Prices;

/// <summary>Modelled prices of a scenario run: the coefficients used, a path per item and market, the observed points and the ratio score.</summary>
public sealed record PriceOutcome(PriceParameters Parameters, IReadOnlyList<PricePath> Paths, IReadOnlyList<ObservedPoint> Observed,
    IReadOnlyList<PriceRatioPoint> Ratio, IReadOnlyList<string> Notes);
