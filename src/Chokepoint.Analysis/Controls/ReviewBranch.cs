namespace Chokepoint.Analysis.Controls;

/// <summary>
/// Which reading of the registry an as-of analysis after its <c>reviewed_through</c> date uses (issue 18 §5): a measure
/// whose recorded dates change its status after the review date is shown both ways where it changes an answer.
/// </summary>
public enum ReviewBranch
{
    /// <summary>Every measure keeps its status of the review date: a suspension running then is taken as extended (the default of analyses).</summary>
    IfExtended,
    /// <summary>The recorded dates hold: suspensions end on their recorded end dates and the measures they covered apply again.</summary>
    IfRecordedEnd,
}
