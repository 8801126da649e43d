namespace Chokepoint.Web.Pages;

/// <summary>What a page of a long list shows and the links to its neighbours (rendered by _Pager).</summary>
/// <param name="Id">The list's name, used in the element id (pager-Id).</param>
/// <param name="Offset">Rows skipped before this page.</param>
/// <param name="Count">Rows on this page.</param>
/// <param name="Total">Rows on every page together.</param>
/// <param name="PageSize">Rows a full page holds.</param>
/// <param name="Link">The link to the page starting at an offset.</param>
public sealed record Pager(string Id, int Offset, int Count, int Total, int PageSize, Func<int, string> Link)
{
    /// <summary>True when the list does not fit on one page (the pager is shown).</summary>
    public bool Needed => Offset > 0 || Count < Total;

    /// <summary>The link to the previous page, or null on the first.</summary>
    public string? Previous => Offset > 0 ? Link(Math.Max(0, Offset - PageSize)) : null;

    /// <summary>The link to the next page, or null on the last.</summary>
    public string? Next => Offset + Count < Total ? Link(Offset + Count) : null;
}
