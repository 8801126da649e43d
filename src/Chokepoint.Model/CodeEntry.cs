namespace Chokepoint.Model;

/// <summary>
/// A code a text gives for an item or a measure (codes.csv): an HS heading, a national tariff line or a
/// control-list number, with the source that names it. A code on a measure means the measure's own text names it.
/// </summary>
/// <param name="SubjectKind">Whether <paramref name="Subject"/> is an item id or a measure id.</param>
/// <param name="Subject">The item or measure id.</param>
/// <param name="System">The code system.</param>
/// <param name="Code">The code as written, without dots for tariff lines (e.g. 8505111000, 3A090, 1C902.a.4).</param>
/// <param name="Source">Source id (sources.csv).</param>
public sealed record CodeEntry(CodeSubject SubjectKind, string Subject, CodeSystem System, string Code, string Source)
{
    /// <summary>Where the row was read.</summary>
    public Origin Origin { get; init; } = Origin.Code;
}
