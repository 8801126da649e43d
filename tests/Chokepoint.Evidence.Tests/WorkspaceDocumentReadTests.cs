using System.Text;
using Chokepoint.Evidence.Store;
using Chokepoint.Testing;

namespace Chokepoint.Evidence.Tests;

/// <summary>Issue 20 §4: Document(id) reads its one row (columns mapped by name) and gives what the list gives for it.</summary>
public sealed class WorkspaceDocumentReadTests : IDisposable
{
    private readonly TempDir _dir = new();

    [Fact]
    public void One_document_read_by_id_equals_its_row_of_the_list_and_an_unknown_id_is_null()
    {
        using var ws = Workspace.Open(Path.Combine(_dir.Path, "ws.db"));
        ws.Ingest("a.txt", Encoding.UTF8.GetBytes("Rare earths\nChina refines 90% of rare earths. Beijing banned exports of magnets in 2025."));
        var second = ws.Ingest("b.md", Encoding.UTF8.GetBytes("# Cobalt\nCongo mines 70% of cobalt; graphite anodes come from China."));

        var listed = ws.Documents().Single(d => d.Id == second.DocumentId);
        var read = ws.Document(second.DocumentId);

        Assert.NotNull(read);
        Assert.Equal(listed with { Industries = [], Concepts = [] }, read with { Industries = [], Concepts = [] });
        Assert.Equal(listed.Industries.Select(i => (i.Industry, i.Hits, string.Join(",", i.Terms))), read.Industries.Select(i => (i.Industry, i.Hits, string.Join(",", i.Terms))));
        Assert.Equal(listed.Concepts, read.Concepts);
        Assert.NotEmpty(read.Industries);
        Assert.Equal(("b.md", "Cobalt"), (read.File, read.Title));
        Assert.Null(ws.Document(999));
    }

    public void Dispose() => _dir.Dispose();
}
