using Chokepoint.Application.Tables;
using Chokepoint.Contracts;
using Chokepoint.Evidence.Reconciliation;

namespace Chokepoint.Application.Evidence;

/// <summary>The briefs (for pages that group them), their contract and tables.</summary>
public sealed record BriefsAnswer(IReadOnlyList<DocumentBrief> Briefs, IReadOnlyList<BriefJson> Json, IReadOnlyList<Table> Tables);
