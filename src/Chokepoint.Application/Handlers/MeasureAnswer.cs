using Chokepoint.Analysis.Controls;
using Chokepoint.Application.Tables;
using Chokepoint.Contracts;
using Chokepoint.Model;

namespace Chokepoint.Application.Handlers;

/// <summary>One measure with its status on a date, its history and the measures that suspend it, as contract and tables.</summary>
/// <param name="Review">Its status on <paramref name="AsOf"/>; null when not yet announced.</param>
public sealed record MeasureAnswer(ControlMeasure Measure, DateOnly AsOf, MeasureReview? Review, IReadOnlyList<StatusChange> History,
    IReadOnlyList<ControlMeasure> SuspendedBy, MeasureJson Json, IReadOnlyList<Table> Tables);
