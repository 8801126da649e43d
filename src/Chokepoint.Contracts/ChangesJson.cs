using Chokepoint.Analysis.Changes;
using Chokepoint.Analysis.Screening;

namespace Chokepoint.Contracts;

/// <summary>What changed between two dates (changes --format json): registry changes and, when a parts list was given, the parts whose status changed.</summary>
public sealed record ChangesJson(string Since, string Until, string? ReviewedThrough, IReadOnlyList<ChangeJson> Changes, IReadOnlyList<PartChangeJson>? Parts)
{
    /// <summary>The contract.</summary>
    public static ChangesJson Of(DateOnly since, DateOnly until, DateOnly? reviewedThrough, IReadOnlyList<MeasureChange> changes, IReadOnlyList<PartChange>? parts) =>
        new(ContractJson.Date(since), ContractJson.Date(until), reviewedThrough is { } r ? ContractJson.Date(r) : null,
            changes.Select(c => new ChangeJson(ContractJson.Date(c.Date), c.MeasureId, c.Change, c.Detail, c.Unverified)).ToList(),
            parts?.Select(p => new PartChangeJson(p.After.Part.Row, p.After.Part.Part, p.After.Part.Code, p.Before.Verdict, p.After.Verdict,
                p.Before.InForce, p.After.InForce, p.Before.Suspended, p.After.Suspended)).ToList());
}
