using Chokepoint.Model;

namespace Chokepoint.Analysis.Codes;


/// <summary>One known code that a looked-up code matched.</summary>
/// <param name="System">The code system of the known code.</param>
/// <param name="Code">The known code.</param>
/// <param name="SubjectKind">Item or measure.</param>
/// <param name="Subject">The item or measure id.</param>
/// <param name="Source">Source id, or null for an HS code of items.csv (which carries no source of its own).</param>
/// <param name="Exact">True when the codes are equal; false when one is a prefix (or a list subdivision) of the other.</param>
public sealed record CodeHit(CodeSystem System, string Code, CodeSubject SubjectKind, string Subject, string? Source, bool Exact);
