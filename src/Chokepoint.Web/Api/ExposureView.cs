using Chokepoint.Analysis.Exposure;

namespace Chokepoint.Web.Api;

/// <summary>An exposure result with the analysis that produced it (for the tier tree) and what was blocked.</summary>
/// <param name="AsOf">The date whose measures were applied, or null for a hypothetical cut-off.</param>
/// <param name="Issuer">The country cut off in the hypothetical case, else null.</param>
public sealed record ExposureView(ExposureResult Result, ExposureAnalysis Analysis, DateOnly? AsOf, string? Issuer)
{
    /// <summary>After the registry's review date, when it changes the answer: the result both ways (issue 18 §5); else null.</summary>
    public ExposureBranches? Branches { get; init; }
}
