using System.Text;
using Chokepoint.Evidence.Store;
using Chokepoint.Testing;
using Microsoft.Data.Sqlite;

namespace Chokepoint.Evidence.Tests;

public sealed class WorkspaceTests : IDisposable
{
    private readonly TempDir _dir = new();
    private string Db => Path.Combine(_dir.Path, "ws.db");

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    [Fact]
    public void Same_content_is_stored_once()
    {
        using var ws = Workspace.Open(Db);
        var first = ws.Ingest("a.txt", Utf8("China refines 90% of rare earths."));
        var second = ws.Ingest("copy-of-a.txt", Utf8("China refines 90% of rare earths."));

        Assert.Equal(IngestStatus.Stored, first.Status);
        Assert.Equal(IngestStatus.Duplicate, second.Status);
        Assert.Equal(first.DocumentId, second.DocumentId);
        Assert.Single(ws.Documents());
        Assert.Single(ws.Claims());
    }

    [Fact]
    public void Crash_before_commit_leaves_no_trace_of_the_document()
    {
        using (var ws = Workspace.Open(Db))
        {
            ws.Ingest("kept.txt", Utf8("Chile mines 24% of lithium."));
            ws.BeforeCommit = _ => throw new IOException("simulated crash");
            Assert.Throws<IOException>(() => ws.Ingest("lost.txt", Utf8("China refines 90% of rare earths. Beijing banned exports of magnets.")));
        }
        using var reopened = Workspace.Open(Db);
        Assert.Equal(["kept.txt"], reopened.Documents().Select(d => d.File));
        Assert.Single(reopened.Claims());
        Assert.Empty(reopened.Events());
        Assert.Empty(reopened.Search("rare"));
        Assert.Equal(IngestStatus.Stored, reopened.Ingest("lost.txt", Utf8("China refines 90% of rare earths. Beijing banned exports of magnets.")).Status);
    }

    [Fact]
    public void New_workspace_is_at_the_current_schema_version()
    {
        using var ws = Workspace.Open(Db);
        Assert.Equal(Schema.Version, ws.SchemaVersion);
    }

    [Fact]
    public void Schema_1_workspace_upgrades_in_place_and_keeps_its_claims_and_sentences()
    {
        const string body = "Intro line. China refines 90% of rare earths. Beijing banned exports of magnets in 2023.";
        using (var raw = new SqliteConnection($"Data Source={Db};Pooling=False"))
        {
            raw.Open();
            using var cmd = raw.CreateCommand();
            // A workspace as the first release wrote it: schema 1, sentences copied into claims and events.
            cmd.CommandText = Schema.Migrations[0] + $"""
                PRAGMA user_version = 1;
                INSERT INTO documents VALUES (1, 'h', 'old.txt', 'Intro line.', 'text', {body.Length}, '{body}', NULL, 'rare-earth', '2026-01-01T00:00:00Z');
                INSERT INTO documents_fts(rowid, title, body) VALUES (1, 'Intro line.', '{body}');
                INSERT INTO claims VALUES (1, 1, 12, 45, 'China refines 90% of rare earths.', 'CHN', 'rare earths', 'refining', 90, NULL, NULL, 'rare-earth');
                INSERT INTO events VALUES (1, 1, 46, 88, 'Beijing banned exports of magnets in 2023.', 'CHN', 'ban', 'magnet', 'in 2023', '2023');
                """;
            cmd.ExecuteNonQuery();
        }
        using var ws = Workspace.Open(Db);
        Assert.Equal(Schema.Version, ws.SchemaVersion);
        var claim = Assert.Single(ws.Claims()).Claim;
        Assert.Equal("China refines 90% of rare earths.", claim.Sentence);
        Assert.Equal(90, claim.ValuePct);
        Assert.Equal("Beijing banned exports of magnets in 2023.", Assert.Single(ws.Events()).Event.Sentence);
        Assert.Single(ws.Search("magnets"));
        Assert.Equal(IngestStatus.Stored, ws.Ingest("new.txt", Utf8("Chile mines 24% of lithium.")).Status);
        Assert.Equal(2, ws.Claims().Count);
    }

    [Fact]
    public void Workspace_from_a_newer_version_is_refused()
    {
        Workspace.Open(Db).Dispose();
        using (var raw = new SqliteConnection($"Data Source={Db};Pooling=False"))
        {
            raw.Open();
            using var cmd = raw.CreateCommand();
            cmd.CommandText = "PRAGMA user_version = 99";
            cmd.ExecuteNonQuery();
        }
        var ex = Assert.Throws<WorkspaceException>(() => Workspace.Open(Db));
        Assert.Contains("newer", ex.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_with_a_workspace_error()
    {
        var path = _dir.Write("notes.db", new string('x', 5000));
        var ex = Assert.Throws<WorkspaceException>(() => Workspace.Open(path));
        Assert.Contains("cannot be used as a workspace", ex.Message);
    }

    [Fact]
    public void Search_ranks_documents_and_highlights_matches()
    {
        using var ws = Workspace.Open(Db);
        ws.Ingest("graphite.txt", Utf8("Graphite anodes. China refines graphite; graphite prices and graphite exports."));
        ws.Ingest("magnets.txt", Utf8("Magnets need rare earths. Graphite is mentioned once."));

        var hits = ws.Search("graphite");

        Assert.Equal(["graphite.txt", "magnets.txt"], hits.Select(h => h.Document));
        Assert.Contains("«Graphite»", hits[0].Snippet, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Search_finds_chinese_words_and_hyphenated_words()
    {
        using var ws = Workspace.Open(Db);
        ws.Ingest("zh.txt", Utf8("中国占全球稀土加工产能的90%以上。"));
        ws.Ingest("en.txt", Utf8("The rare-earth magnet industry grew."));

        Assert.Equal("zh.txt", Assert.Single(ws.Search("稀土")).Document);
        Assert.Contains("«稀土»", ws.Search("稀土")[0].Snippet);
        Assert.Equal("en.txt", Assert.Single(ws.Search("rare-earth")).Document);
    }

    [Fact]
    public void Search_filters_by_industry()
    {
        using var ws = Workspace.Open(Db);
        ws.Ingest("chips.txt", Utf8("Export controls on chips and semiconductors."));
        ws.Ingest("drugs.txt", Utf8("Export controls on antibiotics and pharmaceutical ingredients."));

        Assert.Equal("drugs.txt", Assert.Single(ws.Search("export", "pharma")).Document);
    }

    [Theory]
    [InlineData("\"rare AND")]
    [InlineData("rare AND")]
    [InlineData("(magnets")]
    [InlineData("nosuchcolumn: magnets")]
    [InlineData("   ")]
    public void Malformed_query_raises_a_friendly_syntax_error(string query)
    {
        using var ws = Workspace.Open(Db);
        ws.Ingest("a.txt", Utf8("Rare earth magnets."));
        var ex = Assert.Throws<SearchSyntaxException>(() => ws.Search(query));
        Assert.DoesNotContain("SQLite Error", ex.Message);
    }

    public void Dispose() => _dir.Dispose();
}
