using Chokepoint.Model;

namespace Chokepoint.Analysis.Changes;

/// <summary>
/// What changed in the registry between two dates (inclusive): measures announced, taking effect (and later clauses of
/// their scope), suspended (their own window or by a suspension measure), suspensions lapsing, licence phases
/// beginning, and measures ending. A commitment that was never enacted only counts as announced.
/// </summary>
public static class ChangeLog
{
    /// <summary>Changes from <paramref name="since"/> to <paramref name="until"/>, by date then measure.</summary>
    public static IReadOnlyList<MeasureChange> Between(Dataset dataset, DateOnly since, DateOnly until)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var reviewed = dataset.Tables.ControlsReviewedThrough;
        var result = new List<MeasureChange>();
        void Add(DateOnly? date, ControlMeasure m, string change, string detail)
        {
            if (date is { } d && d >= since && d <= until)
                result.Add(new MeasureChange(d, m.Id, change, detail, reviewed is { } r && d > r));
        }
        foreach (var m in dataset.Tables.Controls)
        {
            Add(m.Announced, m, "announced", m.Instrument);
            if (!m.Enacted) continue;
            Add(m.Effective, m, "takes-effect", $"{Names.Of(m.Kind)}{(m.Items.Count > 0 ? ": " + string.Join(", ", m.Items) : "")}");
            foreach (var clause in m.Scope.Where(c => c.Effective != m.Effective))
                Add(clause.Effective, m, "clause-takes-effect", $"{Names.Of(clause.Kind)} clause");
            Add(m.SuspendedFrom, m, "suspended", "own suspension window");
            Add(m.SuspendedUntil, m, "suspension-lapses", "own suspension window ends");
            foreach (var p in m.Phases.Where(p => p.From != m.Effective))
                Add(p.From, m, "phase-begins", $"toward {string.Join(", ", p.Destinations)}: approval {(p.ApprovalRate is { } a ? $"{a:0.##}" : "unchanged")}");
            Add(m.Ended, m, m.Kind == MeasureKind.Suspension ? "suspension-lapses" : "ends", m.Kind == MeasureKind.Suspension ? $"{string.Join(", ", m.Suspends)} no longer suspended" : "");
            if (m.Kind == MeasureKind.Suspension)
                foreach (var target in m.Suspends)
                    if (dataset.Measures.TryGetValue(target, out var t))
                        Add(m.Effective, t, "suspended", $"by {m.Id}");
        }
        return result.OrderBy(c => c.Date).ThenBy(c => c.MeasureId, StringComparer.Ordinal).ThenBy(c => c.Change, StringComparer.Ordinal).ToList();
    }
}
