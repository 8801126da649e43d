using Chokepoint.Model;

namespace Chokepoint.Analysis.Controls;

/// <summary>A measure's status on a date as shown and as used (issue 9 §2, "reviewed through a date").</summary>
/// <param name="Status">Shown: the recorded status, or <see cref="MeasureStatus.Unverified"/> when it changed after the review date.</param>
/// <param name="StatusIfUnchanged">For an unverified measure, the status its recorded dates give (true only if nothing changed since the review); else null.</param>
/// <param name="Effective">Used by analyses: the status on the review date for an unverified measure, else the recorded one.</param>
public sealed record MeasureReview(MeasureStatus Status, MeasureStatus? StatusIfUnchanged, MeasureStatus Effective);
