using Chokepoint.Analysis.Screening;
using Chokepoint.Application.Tables;
using Chokepoint.Contracts;

namespace Chokepoint.Application.Parts;

/// <summary>The result of a screen: one contract per part, the measures cited, the summary table and the table of the measures cited.</summary>
public sealed record ScreenAnswer(DateOnly Date, string Destination, IReadOnlyList<PartScreen> Screens, IReadOnlyList<ScreenPartJson> Json,
    IReadOnlyList<ScreenMeasureRow> Measures, Table Table, Table MeasuresTable);
