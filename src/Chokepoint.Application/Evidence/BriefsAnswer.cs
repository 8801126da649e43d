using Chokepoint.Application.Tables;
using Chokepoint.Contracts;
using Chokepoint.Evidence.Reconciliation;

namespace Chokepoint.Application.Evidence;

/// <summary>A page of the briefs (for pages that group them), their contract and tables, and how many documents there are in all.</summary>
public sealed record BriefsAnswer(IReadOnlyList<DocumentBrief> Briefs, IReadOnlyList<BriefJson> Json, IReadOnlyList<Table> Tables, int Total, int Offset);
