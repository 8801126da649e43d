using Chokepoint.Analysis.Controls;
using Chokepoint.Model;

namespace Chokepoint.Contracts;

/// <summary>A measure of the registry with its status on the as-of date (controls).</summary>
/// <param name="Status">in_force, suspended, announced, ended, or unverified (after the registry's review date, when the recorded dates change the status).</param>
/// <param name="StatusIfUnchanged">For an unverified measure, the status its recorded dates give; else null.</param>
/// <param name="ReviewedThrough">The registry's reviewed_through date, or null when it declares none.</param>
public sealed record ControlJson(
    string Id, string Issuer, string Instrument, string Kind, string Announced, string Effective, string Status,
    string? StatusIfUnchanged, string? ReviewedThrough,
    IReadOnlyList<string> Items, IReadOnlyList<string> Destinations, IReadOnlyList<string> Sources)
{
    /// <summary>End-use classes the measure reaches (["*"]: every buyer; e.g. ["military"] for a ban on military users).</summary>
    public IReadOnlyList<string> EndUses { get; init; } = ["*"];

    /// <summary>Firms a sanction names; empty for country-level measures.</summary>
    public IReadOnlyList<string> Targets { get; init; } = [];

    /// <summary>With controls --code: the known codes (with their code system) that the code matched and that lead to this measure; null without --code.</summary>
    public IReadOnlyList<CodeMatchJson>? MatchedCodes { get; init; }

    /// <summary>The contract of a measure on a date (no review date given).</summary>
    public static ControlJson Of(MeasureOnDate r) => Of(r, null);

    /// <summary>The contract of a measure on a date, with the registry's review date.</summary>
    public static ControlJson Of(MeasureOnDate r, DateOnly? reviewedThrough)
    {
        ArgumentNullException.ThrowIfNull(r);
        var m = r.Measure;
        return new(m.Id, m.Issuer, m.Instrument, Names.Of(m.Kind), ContractJson.Date(m.Announced), ContractJson.Date(m.Effective),
            Names.Of(r.Status), r.StatusIfUnchanged is { } u ? Names.Of(u) : null, reviewedThrough is { } rv ? ContractJson.Date(rv) : null,
            m.Items, m.Destinations, m.Sources)
        {
            EndUses = m.EndUses, Targets = m.FirmTargets,
        };
    }
}
