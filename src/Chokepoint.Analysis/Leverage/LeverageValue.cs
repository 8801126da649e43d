namespace Chokepoint.Analysis.Leverage;

/// <summary>One leverage row on one basis (computed, US$ a year): both sides measured the same way.</summary>
/// <param name="Basis"><c>value-added</c>, <c>gross-output</c> or <c>trade-value</c> (<see cref="LeverageBasis"/>).</param>
/// <param name="TargetLossUsd">The target's loss on the basis.</param>
/// <param name="IssuerForgoneUsd">The issuer's loss on the basis before its windfall.</param>
/// <param name="IssuerWindfallUsd">The issuer's gain from higher outside prices on what still flows (0 on the trade-value basis or without a price model).</param>
/// <param name="Ratio">Target loss per US$ of the issuer's net loss; null when the issuer loses nothing net.</param>
/// <param name="RatioBound"><c>exact</c>, <c>upper</c> (at most), <c>lower</c> (at least) or <c>approximate</c> (the sides err in the same direction).</param>
/// <param name="TargetUnvalued">Products at risk that have no figure on this basis (their loss is not counted).</param>
/// <param name="IssuerUnvalued">Stages of the issuer's chain that have no figure on this basis (their loss is not counted).</param>
public sealed record LeverageValue(string Basis, double TargetLossUsd, double IssuerForgoneUsd, double IssuerWindfallUsd, double? Ratio, string RatioBound,
    IReadOnlyList<string> TargetUnvalued, IReadOnlyList<string> IssuerUnvalued)
{
    /// <summary>The issuer's net loss: forgone less windfall (negative when the windfall is larger).</summary>
    public double IssuerNetUsd => IssuerForgoneUsd - IssuerWindfallUsd;

    /// <summary>How the windfall was priced (e.g. "own coefficient 1.11"), or null when none was counted.</summary>
    public string? WindfallBasis { get; init; }
}
