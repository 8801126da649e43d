using Chokepoint.Application.Tables;
using Chokepoint.Contracts;
using Chokepoint.Evidence.Store;

namespace Chokepoint.Application.Evidence;

/// <summary>A page of search hits (with the total for paging), their contract and table.</summary>
/// <param name="More">When more hits follow: which are shown and the offset of the next page (the CLI prints it beside any format); else null.</param>
public sealed record SearchAnswer(SearchResults Page, IReadOnlyList<SearchHitJson> Json, Table Table, string? More);
