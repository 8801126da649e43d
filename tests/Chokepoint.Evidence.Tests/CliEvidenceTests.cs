using System.Text.Json;
using Chokepoint.Cli;
using Chokepoint.Model;
using Chokepoint.Testing;

namespace Chokepoint.Evidence.Tests;

/// <summary>The evidence commands end to end, in process, against a small dataset written as a folder.</summary>
public sealed class CliEvidenceTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly string _data;
    private readonly string _db;
    private readonly string _docs;

    public CliEvidenceTests()
    {
        _data = _dir.Sub("data");
        new DatasetBuilder()
            .Item("rare-earth-oxide", ItemKind.Refined, "rare-earths")
            .Item("ndfeb-magnet", ItemKind.Component, "rare-earths")
            .Item("refined-cobalt", ItemKind.Refined, "batteries")
            .Produced("rare-earth-oxide", ("CHN", 91))
            .Produced("ndfeb-magnet", ("CHN", 90))
            .Produced("refined-cobalt", ("CHN", 78))
            .Measure("CHN-MOFCOM-2025-18", ["ndfeb-magnet"], m => m with { Kind = MeasureKind.Licence, Announced = new DateOnly(2025, 4, 4), Effective = new DateOnly(2025, 4, 4) })
            .WriteTo(_data);
        _db = Path.Combine(_dir.Path, "ws.db");
        _docs = _dir.Sub("docs");
        _dir.Write("docs/brief.txt", "Dateline 2025-05-02\nChina refined nearly 90% of rare earth oxides. China produces 60% of refined cobalt. " +
                                     "Australia mines 5% of rare earths. The commerce ministry started requiring licences for exports of rare earths and related magnets in early April.");
        _dir.Write("docs/page.html", "<html><head><title>Magnets</title><script>alert(1)</script></head><body><p>China makes 90% of NdFeB magnets.</p></body></html>");
        File.WriteAllBytes(Path.Combine(_docs, "blob.bin"), [0, 1, 2, 3, 0, 0]);
        _dir.Write("docs/empty.md", "");
    }

    private (int Code, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run([.. args, "--db", _db, "--data", _data], output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Ingest_stores_text_and_html_and_skips_binary_and_empty_files_with_reasons()
    {
        var (code, output, _) = Run("ingest", _docs, "--format", "json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(2, json.RootElement.GetProperty("stored").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("skipped").GetInt32());
        var reasons = json.RootElement.GetProperty("files").EnumerateArray()
            .Where(f => f.GetProperty("status").GetString() == "skipped").Select(f => f.GetProperty("reason").GetString()!).ToList();
        Assert.Contains(reasons, r => r.Contains("binary", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("empty", StringComparison.Ordinal));

        var again = Run("ingest", _docs, "--format", "json");
        using var second = JsonDocument.Parse(again.Out);
        Assert.Equal(0, second.RootElement.GetProperty("stored").GetInt32());
        Assert.Equal(2, second.RootElement.GetProperty("unchanged").GetInt32());
    }

    [Fact]
    public void Claims_json_follows_the_contract_and_reconciles_against_the_dataset()
    {
        Run("ingest", _docs);
        var (code, output, _) = Run("claims", "--format", "json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var claims = json.RootElement.EnumerateArray().ToList();
        string[] contract = ["document_id", "document", "sentence", "start", "end", "country", "subject", "item", "stage", "value_pct", "qualifier", "year", "status", "dataset_value_pct", "dataset_source", "other_value_pct", "other_source", "reason", "candidates", "page"];
        foreach (var c in claims) Assert.Equal(contract, c.EnumerateObject().Select(p => p.Name));

        var byValue = claims.Where(c => c.GetProperty("document").GetString() == "brief.txt")
            .ToDictionary(c => (c.GetProperty("country").GetString(), c.GetProperty("value_pct").GetDouble()));
        Assert.Equal("agrees", byValue[("CHN", 90)].GetProperty("status").GetString());
        Assert.Equal("nearly", byValue[("CHN", 90)].GetProperty("qualifier").GetString());
        var cobalt = byValue[("CHN", 60)];
        Assert.Equal(("conflicts", "refined-cobalt", 78.0, "test"), (cobalt.GetProperty("status").GetString(), cobalt.GetProperty("item").GetString(),
            cobalt.GetProperty("dataset_value_pct").GetDouble(), cobalt.GetProperty("dataset_source").GetString()));
        Assert.Equal("new", byValue[("AUS", 5)].GetProperty("status").GetString());
        Assert.Equal("brief.txt", cobalt.GetProperty("document").GetString());

        var sentence = cobalt.GetProperty("sentence").GetString()!;
        Assert.Equal("China produces 60% of refined cobalt.", sentence);
    }

    [Fact]
    public void Claims_filter_by_status_country_and_item()
    {
        Run("ingest", _docs);
        using var json = JsonDocument.Parse(Run("claims", "--status", "conflicts", "--country", "CHN", "--item", "refined-cobalt", "--format", "json").Out);
        Assert.Equal(60, Assert.Single(json.RootElement.EnumerateArray()).GetProperty("value_pct").GetDouble());
        Assert.Equal(1, Run("claims", "--status", "maybe").Code);
    }

    [Fact]
    public void Claims_and_documents_come_a_page_at_a_time_and_say_the_total_on_stderr()
    {
        Run("ingest", _docs);
        using var all = JsonDocument.Parse(Run("claims", "--format", "json").Out);
        var total = all.RootElement.GetArrayLength();

        var (code, output, error) = Run("claims", "--limit", "1", "--offset", "1", "--format", "json");
        var table = Run("claims", "--limit", "1");
        var docs = Run("documents", "--limit", "1", "--format", "json");

        Assert.Equal(0, code);
        using var page = JsonDocument.Parse(output);
        Assert.Equal(all.RootElement[1].GetProperty("sentence").GetString(), Assert.Single(page.RootElement.EnumerateArray()).GetProperty("sentence").GetString());
        Assert.Contains($"Showing 2-2 of {total}; --offset 2 for more.", error, StringComparison.Ordinal);
        Assert.Contains($"Claims ({total})", table.Out, StringComparison.Ordinal);
        Assert.Contains($"{total} claim(s):", table.Out, StringComparison.Ordinal);
        Assert.Single(JsonDocument.Parse(docs.Out).RootElement.EnumerateArray());
        Assert.Contains("Showing 1-1 of 2; --offset 1 for more.", docs.Err, StringComparison.Ordinal);
        Assert.True(total >= 3, $"only {total} claims");
    }

    [Theory]
    [InlineData("claims", "--limit", "0")]
    [InlineData("claims", "--limit", "1001")]
    [InlineData("documents", "--offset", "-1")]
    [InlineData("insights", "--limit", "5000")]
    public void A_page_out_of_bounds_is_a_usage_error_naming_the_option(string command, string option, string value)
    {
        Run("ingest", _docs);
        var (code, _, error) = Run(command, option, value);

        Assert.Equal(1, code);
        Assert.Contains(option, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Insights_group_by_industry_and_link_events_to_registry_measures()
    {
        Run("ingest", _docs);
        var (code, output, _) = Run("insights", "brief.txt", "--format", "json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var brief = Assert.Single(json.RootElement.EnumerateArray());
        var events = brief.GetProperty("industries").EnumerateArray().SelectMany(i => i.GetProperty("events").EnumerateArray()).ToList();
        var e = Assert.Single(events);
        string[] contract = ["document_id", "document", "sentence", "issuer", "kind", "items", "date_text", "date", "measure_id"];
        Assert.Equal(contract, e.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("CHN", "licence", "2025-04", "CHN-MOFCOM-2025-18"),
            (e.GetProperty("issuer").GetString(), e.GetProperty("kind").GetString(), e.GetProperty("date").GetString(), e.GetProperty("measure_id").GetString()));
        Assert.Equal("rare-earths", brief.GetProperty("industries")[0].GetProperty("industry").GetString());
    }

    [Fact]
    public void Documents_and_search_work_and_never_show_script_text()
    {
        Run("ingest", _docs);
        var docs = Run("documents", "--industry", "rare-earths", "--format", "csv");
        Assert.Equal(0, docs.Code);
        Assert.Contains("page.html", docs.Out);
        var search = Run("search", "magnets", "--format", "json");
        Assert.Equal(0, search.Code);
        Assert.Contains("«magnets»", search.Out);
        Assert.DoesNotContain("alert", search.Out);
    }

    [Fact]
    public void Malformed_search_is_a_usage_error_without_a_raw_sqlite_message()
    {
        Run("ingest", _docs);
        var (code, _, error) = Run("search", "\"rare AND");
        Assert.Equal(1, code);
        Assert.Contains("Error: the search query", error);
        Assert.DoesNotContain("SqliteException", error);
    }

    [Fact]
    public void Reading_commands_refuse_a_missing_workspace()
    {
        var (code, _, error) = Run("documents");
        Assert.Equal(1, code);
        Assert.Contains("no workspace", error);
    }

    [Fact]
    public void Ingest_of_only_missing_paths_is_an_error_naming_the_path_and_creates_no_workspace()
    {
        // Regression: a table with one 'skipped' row, and an empty workspace file left behind.
        var (code, output, error) = Run("ingest", Path.Combine(_dir.Path, "nosuch"));
        Assert.Equal(1, code);
        Assert.Contains("Error: no file or folder", error);
        Assert.Contains("nosuch", error);
        Assert.Equal("", output);
        Assert.False(File.Exists(_db));
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Insights_for_an_industry_write_insights_with_references_and_refuse_an_unknown_industry()
    {
        Run("ingest", _docs);

        var (code, output, _) = Run("insights", "--industry", "rare-earths", "--format", "json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("rare-earths", root.GetProperty("industry").GetString());
        var groups = root.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("key").GetString()).ToList();
        Assert.Contains("shares", groups);
        Assert.Contains("controls", groups);
        Assert.True(root.GetProperty("references").GetArrayLength() >= 2);
        Assert.Equal(1, root.GetProperty("references")[0].GetProperty("number").GetInt32());

        var (bad, _, err) = Run("insights", "--industry", "knitting");
        Assert.Equal(1, bad);
        Assert.Contains("industry 'knitting' is unknown; expected one of", err, StringComparison.Ordinal);
    }
}
