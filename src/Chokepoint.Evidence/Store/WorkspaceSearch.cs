using Chokepoint.Evidence.Text;
using Microsoft.Data.Sqlite;

namespace Chokepoint.Evidence.Store;

/// <summary>Full-text search: ranked by FTS5's bm25, filtered, paged, with bounded snippets and a time budget.</summary>
public sealed partial class Workspace
{
    // The filters shared by the page query and the count.
    private const string Filters =
        "WHERE documents_fts MATCH $q " +
        "AND ($i IS NULL OR EXISTS (SELECT 1 FROM industries x WHERE x.document_id = d.id AND x.industry = $i)) " +
        "AND ($c IS NULL OR EXISTS (SELECT 1 FROM json_each($c) j WHERE instr('|' || d.concepts || '|', '|' || j.value || '|') > 0)) " +
        "AND ($s IS NULL OR EXISTS (SELECT 1 FROM events e WHERE e.document_id = d.id AND e.issuer = $s)) " +
        "AND ($f IS NULL AND $t IS NULL OR EXISTS (SELECT 1 FROM events e WHERE e.document_id = d.id AND e.date IS NOT NULL " +
        "AND ($f IS NULL OR e.date >= substr($f, 1, length(e.date))) AND ($t IS NULL OR e.date <= substr($t, 1, length(e.date)))))";

    /// <summary>
    /// Full-text search in FTS5 query syntax, best first (bm25, title weighted 5×), at most
    /// <paramref name="limit"/> hits (1–1000). Chinese runs and hyphenated words are quoted as phrases.
    /// </summary>
    /// <exception cref="SearchSyntaxException">The query is not valid FTS5 syntax, longer than 500 characters or has more than 32 terms.</exception>
    /// <exception cref="QueryBudgetException">The search ran past the default budget of 5 s.</exception>
    public IReadOnlyList<SearchHit> Search(string query, string? industry = null, int limit = 20) =>
        Search(new SearchRequest(query, industry, Limit: limit)).Hits;

    /// <summary>
    /// One page of a filtered full-text search, best first (FTS5 bm25, title weighted 5×), with the
    /// total number of matching documents. Snippets are cut around the span holding the most query
    /// terms, found in the first 4 M characters of each body; the whole search stops when
    /// <paramref name="cancel"/> fires or its budget is spent.
    /// </summary>
    /// <exception cref="SearchSyntaxException">The query is not valid FTS5 syntax or too large, or a filter is malformed.</exception>
    /// <exception cref="QueryBudgetException">The search ran past <see cref="SearchRequest.Budget"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancel"/> fired.</exception>
    public SearchResults Search(SearchRequest request, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Query);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.Limit, 1000);
        ArgumentOutOfRangeException.ThrowIfNegative(request.Offset);
        SearchSyntax.CheckSize(request.Query);
        var match = SearchSyntax.Rewrite(request.Query);
        if (string.IsNullOrWhiteSpace(match)) throw new SearchSyntaxException("the search query is empty; give words to look for, e.g. \"rare earth\" AND licence");
        foreach (var (date, name) in new[] { (request.From, "from"), (request.To, "to") })
            if (date is not null && !SearchRequest.IsDate(date))
                throw new SearchSyntaxException($"{name} '{date}' is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD");
        using var guard = new QueryGuard(_db, request.Budget, cancel);
        try
        {
            var industries = IndustriesByDocument();
            var ranked = new List<(long Id, string File, string Title, double Rank)>();
            using (var cmd = Command(request, match,
                "SELECT d.id, d.file, d.title, bm25(documents_fts, 5.0, 1.0) AS rank FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid " +
                Filters + " ORDER BY rank LIMIT $n OFFSET $o"))
            {
                cmd.Parameters.AddWithValue("$n", request.Limit);
                cmd.Parameters.AddWithValue("$o", request.Offset);
                using var r = cmd.ExecuteReader();
                while (r.Read()) ranked.Add((r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetDouble(3)));
            }
            int total;
            using (var count = Command(request, match, "SELECT count(*) FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid " + Filters))
                total = Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            var terms = SearchSyntax.Terms(request.Query);
            var hits = new List<SearchHit>(ranked.Count);
            foreach (var (id, file, title, rank) in ranked)
            {
                guard.Check();
                hits.Add(new SearchHit(id, file, title, rank, Snippet(id, title, terms, guard),
                    industries.TryGetValue(id, out var tags) ? tags.Select(t => t.Industry).ToList() : []));
            }
            return new SearchResults(hits, total, request.Offset);
        }
        catch (SqliteException ex) when (QueryGuard.Interrupted(ex))
        {
            throw guard.Stopped(ex);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 1)
        {
            throw new SearchSyntaxException(SearchSyntax.Explain(request.Query, ex.Message), ex);
        }
    }

    private SqliteCommand Command(SearchRequest request, string match, string sql)
    {
        var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        cmd.Parameters.AddWithValue("$q", match);
        cmd.Parameters.AddWithValue("$i", (object?)request.Industry ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$c", request.Concepts is { Count: > 0 } c ? System.Text.Json.JsonSerializer.Serialize(c) : DBNull.Value);
        cmd.Parameters.AddWithValue("$s", (object?)request.Issuer ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$f", (object?)request.From ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$t", (object?)request.To ?? DBNull.Value);
        return cmd;
    }

    // Reads the body a chunk at a time (overlapping by the longest term) until a term is found or
    // the scan bound is reached; the title stands in when the hit is only there.
    private string Snippet(long id, string title, IReadOnlyList<string> terms, QueryGuard guard)
    {
        var overlap = terms.Count == 0 ? 0 : terms.Max(t => t.Length);
        string? opening = null;
        for (var offset = 0; offset < Snippets.MaxScanChars; offset += Snippets.ChunkChars - overlap)
        {
            guard.Check();
            using var cmd = _db.CreateCommand();
            cmd.CommandText = "SELECT substr(body, $o, $n) FROM documents WHERE id = $id";
            cmd.Parameters.AddWithValue("$o", offset + 1);
            cmd.Parameters.AddWithValue("$n", Snippets.ChunkChars);
            cmd.Parameters.AddWithValue("$id", id);
            var chunk = cmd.ExecuteScalar() as string ?? "";
            opening ??= chunk;
            if (Snippets.Around(chunk, terms) is { } found) return (offset > 0 ? "…" + found.TrimStart('…') : found);
            if (chunk.Length < Snippets.ChunkChars) break;
        }
        return Snippets.Around(title, terms) ?? Snippets.Opening(opening ?? "");
    }
}
