using Chokepoint.Application.Inputs;
using Chokepoint.Application.Tables;
using Chokepoint.Application.Wording;
using Chokepoint.Contracts;
using Chokepoint.Evidence.Extraction;
using Chokepoint.Evidence.Reconciliation;
using Chokepoint.Evidence.Store;

namespace Chokepoint.Application.Evidence;

/// <summary>search: full-text search of the workspace, best first, with filters and paging; a malformed query names the query parameter.</summary>
public static class SearchHandler
{
    /// <summary>Runs <paramref name="q"/>; <paramref name="defaultLimit"/> when no limit is given (the CLI shows 10, the API 20).</summary>
    /// <exception cref="QueryBudgetException">The search ran past its time budget.</exception>
    public static SearchAnswer Handle(Session s, Workspace workspace, SearchQuery q, int defaultLimit, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(q);
        var query = s.Arg("QUERY", "q");
        if (string.IsNullOrWhiteSpace(q.Q)) throw new RequestException(query, $"{query} is required; expected words to look for, e.g. \"rare earth\" AND licence");
        if (q.Q.Length > 1000) throw new RequestException(query, $"{query} is {q.Q.Length} characters long; expected at most 1000");
        var request = new SearchRequest(q.Q, EvidenceInputs.Industry(s, q.Industry),
            Limit: Resolve.Int(q.Limit, s.P("limit"), defaultLimit, 1, 1000), Offset: Resolve.Int(q.Offset, s.P("offset"), 0, 0, 1_000_000));
        if (!string.IsNullOrWhiteSpace(q.Item))
        {
            var item = Resolve.Item(s.Dataset, q.Item, s.P("item")).Id;
            var mapper = new ItemMapper(s.Dataset);
            var concepts = Concepts.All.Where(c => mapper.Denotes(item, c)).Select(c => c.Id).ToList();
            if (concepts.Count == 0) throw new RequestException(s.P("item"), $"item '{item}' is not named by any concept the evidence reader knows; search it by words instead");
            request = request with { Concepts = concepts };
        }
        if (!string.IsNullOrWhiteSpace(q.Issuer)) request = request with { Issuer = Resolve.Country(s.Dataset, q.Issuer, s.P("issuer")) };
        request = request with { From = DatePrefix(q.From, s.P("from")), To = DatePrefix(q.To, s.P("to")) };
        SearchResults page;
        try
        {
            page = workspace.Search(request, cancel);
        }
        catch (SearchSyntaxException ex)
        {
            throw new RequestException(query, ex.Message);
        }
        var table = new Table($"Search: {q.Q} ({page.Hits.Count})", "score", "id", "file", "title", "snippet").Numeric(0).Kinds(CellKind.Document, 1).Kinds(CellKind.Snippet, 4).WhenEmpty("no document matches.");
        foreach (var h in page.Hits)
            table.Add(h.ScoreText, Format.Int((int)h.DocumentId), h.Document, EvidenceInputs.Cut(h.Title, 40), h.Snippet);
        var more = page.Total > page.Offset + page.Hits.Count
            ? $"Showing {page.Offset + 1}-{page.Offset + page.Hits.Count} of {page.Total}; {s.P("offset")} {page.Offset + page.Hits.Count} for more."
            : null;
        return new SearchAnswer(page, page.Hits.Select(SearchHitJson.Of).ToList(), table, more);
    }

    private static string? DatePrefix(string? text, string parameter)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        return SearchRequest.IsDate(t) ? t : throw new RequestException(parameter, $"{parameter} '{Resolve.Clip(text)}' is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD");
    }
}
