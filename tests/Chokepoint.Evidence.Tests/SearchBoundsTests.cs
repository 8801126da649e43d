using System.Diagnostics;
using System.Text;
using Chokepoint.Evidence.Store;
using Chokepoint.Testing;

namespace Chokepoint.Evidence.Tests;

/// <summary>Issue 23 §1 and issue 21: search work is bounded, cancellable and ranked with a real score; filters narrow it.</summary>
public sealed class SearchBoundsTests : IDisposable
{
    private readonly TempDir _dir = new();
    private string Db => Path.Combine(_dir.Path, "ws.db");

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    [Fact]
    public void Snippet_of_a_document_with_forty_thousand_matches_is_cut_around_one_hit_quickly()
    {
        // Reproducer (scaled): FTS5's snippet() took 5.6 s on 40,000 matching rows; the bounded snippet reads each term once.
        var sb = new StringBuilder();
        for (var i = 0; i < 40_000; i++) sb.Append("row ").Append(i).Append(" graphite output rose\n");
        using var ws = Workspace.Open(Db);
        ws.Ingest("rows.txt", Utf8(sb.ToString()));
        var watch = Stopwatch.StartNew();
        var hit = Assert.Single(ws.Search("graphite"));
        watch.Stop();
        Assert.Contains("«graphite»", hit.Snippet, StringComparison.Ordinal);
        Assert.InRange(hit.Snippet.Length, 20, 300);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"search took {watch.Elapsed}");
    }

    [Fact]
    public void Snippet_centres_on_the_span_holding_most_query_terms()
    {
        var text = "Lithium prices fell. " + string.Concat(Enumerable.Repeat("Filler words about markets and weather. ", 40)) +
                   "Graphite anode exports from China need a licence since December. " + string.Concat(Enumerable.Repeat("More filler text here. ", 40));
        using var ws = Workspace.Open(Db);
        ws.Ingest("a.txt", Utf8(text));
        var hit = Assert.Single(ws.Search("graphite OR licence OR lithium"));
        Assert.Contains("«Graphite»", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains("«licence»", hit.Snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("«Lithium»", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cancelled_search_stops_instead_of_running_on()
    {
        using var ws = Workspace.Open(Db);
        ws.Ingest("a.txt", Utf8("Gallium exports need a licence."));
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => ws.Search(new SearchRequest("gallium"), cancel.Token));
    }

    [Fact]
    public void A_search_past_its_budget_is_stopped_with_a_message_saying_how_to_narrow_it()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 20_000; i++) sb.Append("alpha beta gamma delta ");
        using var ws = Workspace.Open(Db);
        for (var d = 0; d < 3; d++) ws.Ingest($"d{d}.txt", Utf8(sb + " doc" + d));
        var ex = Assert.Throws<QueryBudgetException>(() => ws.Search(new SearchRequest("alpha") { Budget = TimeSpan.Zero }));
        Assert.Contains("budget", ex.Message, StringComparison.Ordinal);
        Assert.Contains("narrow", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_is_the_bm25_relevance_and_is_not_zero_for_a_selective_term()
    {
        using var ws = Workspace.Open(Db);
        ws.Ingest("a.txt", Utf8("Germanium germanium germanium exports need a licence."));
        ws.Ingest("b.txt", Utf8("Germanium is mentioned once among many other words about trade and shipping and ports."));
        for (var i = 0; i < 4; i++) ws.Ingest($"other{i}.txt", Utf8($"Cobalt prices moved {i} percent this week."));
        var hits = ws.Search("germanium");
        Assert.Equal(["a.txt", "b.txt"], hits.Select(h => h.Document));
        Assert.True(hits[0].Score > hits[1].Score && hits[1].Score > 0.1, $"scores {hits[0].Score}, {hits[1].Score}");
        Assert.Equal(-hits[0].Rank, hits[0].Score, 12);
        Assert.NotEqual("0.00", hits[0].ScoreText);
    }

    [Fact]
    public void Filters_by_issuer_event_dates_and_concepts_combine_and_pages_report_the_total()
    {
        using var ws = Workspace.Open(Db);
        ws.Ingest("cn.txt", Utf8("On 9 October 2025 MOFCOM announced export controls on rare earth magnets."));
        ws.Ingest("us.txt", Utf8("On 2 December 2024 the U.S. Commerce Department restricted exports of chips, citing rare earth supply worries."));
        ws.Ingest("plain.txt", Utf8("Rare earth prices were quiet."));
        Assert.Equal(3, ws.Search(new SearchRequest("rare")).Total);
        Assert.Equal("cn.txt", Assert.Single(ws.Search(new SearchRequest("rare", Issuer: "CHN")).Hits).Document);
        Assert.Equal("cn.txt", Assert.Single(ws.Search(new SearchRequest("rare", From: "2025-01")).Hits).Document);
        Assert.Equal("us.txt", Assert.Single(ws.Search(new SearchRequest("rare", From: "2024", To: "2024-12-31")).Hits).Document);
        Assert.Equal("cn.txt", Assert.Single(ws.Search(new SearchRequest("rare", Concepts: ["magnet"])).Hits).Document);
        var page = ws.Search(new SearchRequest("rare", Limit: 1, Offset: 1));
        Assert.Equal(3, page.Total);
        Assert.Single(page.Hits);
        Assert.Throws<SearchSyntaxException>(() => ws.Search(new SearchRequest("rare", From: "October")));
    }

    [Fact]
    public void Terms_for_snippets_drop_operators_and_negated_words()
    {
        Assert.Equal(["rare earth", "graphite", "earth", "rare", "lith"], SearchSyntax.Terms("\"rare earth\" AND graphite NOT cobalt OR title:lith*"));
    }

    public void Dispose() => _dir.Dispose();
}
