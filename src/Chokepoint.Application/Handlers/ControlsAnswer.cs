using Chokepoint.Analysis.Controls;
using Chokepoint.Application.Tables;
using Chokepoint.Contracts;
using Chokepoint.Model;

namespace Chokepoint.Application.Handlers;

/// <summary>The registry on a date, filtered: the rows, the lapsed suspensions and review notice, as contract and table.</summary>
/// <param name="ReviewNote">Which measures' status is unverified on the date; null when none.</param>
public sealed record ControlsAnswer(DateOnly AsOf, IReadOnlyList<MeasureOnDate> Rows, IReadOnlyList<ControlMeasure> Lapsed, string? ReviewNote,
    IReadOnlyList<ControlJson> Json, Table Table);
