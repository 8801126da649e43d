using Chokepoint.Application.Tables;
using Chokepoint.Contracts;
using Chokepoint.Evidence.Reconciliation;
using Chokepoint.Evidence.Store;

namespace Chokepoint.Application.Evidence;

/// <summary>A page of the briefs (for pages that group them; with how many documents there are in all), their contract and tables.</summary>
public sealed record BriefsAnswer(Page<DocumentBrief> Page, IReadOnlyList<BriefJson> Json, IReadOnlyList<Table> Tables);
