using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Chokepoint.Web.Tests;

/// <summary>Many readers and one writer on the workspace at once.</summary>
public sealed class WorkspaceConcurrencyTests(WebFactory factory) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task Readers_running_beside_an_ingest_never_see_database_is_locked()
    {
        var client = factory.CreateClient();
        using var form = new MultipartFormDataContent();
        for (var i = 0; i < 20; i++)
            form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes($"# Note {i}\n\n{JobAndEvidenceApiTests.Article} Lithium brine note {i}. " + new string('x', 2000 * i))), "files", $"note-{i}.md");
        var post = await client.PostAsync("/api/v1/documents", form);
        var id = (await post.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("job_id").GetString()!;
        var failures = new List<string>();
        var readers = Enumerable.Range(0, 8).Select(async r =>
        {
            for (var k = 0; k < 15; k++)
            {
                var url = (k % 3) switch { 0 => "/api/v1/documents", 1 => "/api/v1/search?q=gallium", _ => "/api/v1/claims" };
                var response = await client.GetAsync(url);
                if (response.IsSuccessStatusCode) continue;
                var body = await response.Content.ReadAsStringAsync();
                lock (failures) failures.Add($"{url}: {(int)response.StatusCode} {body}");
            }
        }).ToList();
        await Task.WhenAll(readers);
        var job = await WebFactory.WaitForJob(client, id);
        Assert.Equal("done", job.GetProperty("status").GetString());
        Assert.Empty(failures);
        Assert.Equal(20, (await client.GetFromJsonAsync<JsonElement>("/api/v1/documents")).GetArrayLength());
    }
}
