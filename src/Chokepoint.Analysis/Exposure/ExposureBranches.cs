using Chokepoint.Analysis.Controls;
using Chokepoint.Model;

namespace Chokepoint.Analysis.Exposure;

/// <summary>
/// An exposure after the registry's review date computed both ways (issue 18 §5): if the recorded end dates hold
/// (suspensions lapse and the measures they covered apply again) and if the suspensions were extended (every measure
/// keeps its reviewed status, what analyses use by default).
/// </summary>
/// <param name="IfRecordedEnd">The result under the recorded dates.</param>
/// <param name="IfExtended">The result with the reviewed statuses kept.</param>
public sealed record ExposureBranches(ExposureResult IfRecordedEnd, ExposureResult IfExtended)
{
    /// <summary>
    /// Both branches of the exposure of <paramref name="item"/> for <paramref name="country"/> on <paramref name="date"/>, or null when the
    /// date is not after the review date, no measure is unverified, or the two readings give the same answer.
    /// </summary>
    public static ExposureBranches? Of(Dataset dataset, string item, string country, DateOnly date, bool madeIn, double? approvalRateOverride = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        if (ReviewNotice.Unverified(dataset, date).Count == 0) return null;
        ExposureResult Run(ReviewBranch branch)
        {
            var analysis = new ExposureAnalysis(dataset, Blockade.AsOf(dataset, date, approvalRateOverride, null, branch));
            return madeIn ? analysis.AnalyseMadeIn(item, country) : analysis.Analyse(item, country);
        }
        var recorded = Run(ReviewBranch.IfRecordedEnd);
        var extended = Run(ReviewBranch.IfExtended);
        var same = Math.Abs(recorded.OutputAtRisk - extended.OutputAtRisk) < 1e-9 && recorded.Blocked.SequenceEqual(extended.Blocked);
        return same ? null : new ExposureBranches(recorded, extended);
    }

    /// <summary>The table line that states both figures.</summary>
    public string Line(Func<double, string> pct)
    {
        ArgumentNullException.ThrowIfNull(pct);
        var added = IfRecordedEnd.Blocked.Except(IfExtended.Blocked).ToList();
        return $"After the review date, both branches: if the recorded end dates hold {pct(100 * IfRecordedEnd.OutputAtRisk)} at risk" +
               (added.Count > 0 ? $" ({string.Join(", ", added)} in force again)" : "") +
               $"; if the suspensions were extended {pct(100 * IfExtended.OutputAtRisk)} (the figure above).";
    }
}
