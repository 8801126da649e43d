using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Chokepoint.Web.Tests;

/// <summary>Issue 22 on the API: screen and changes take an uploaded parts list and answer as the CLI does; the licence tracker writes to the workspace.</summary>
public sealed class PartsApiTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private const string Parts = PartsLists.Sample;

    private readonly HttpClient _client = factory.CreateClient();

    private static MultipartFormDataContent Form(string fileName, string text, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "parts", fileName } };
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        return form;
    }

    [Fact]
    public async Task An_uploaded_screen_gives_each_part_its_verdict()
    {
        // Its parity with 'chokepoint screen' is a case of PostParityTests.
        var response = await _client.PostAsync("/api/v1/screen", Form("parts.csv", Parts, ("destination", "USA"), ("as_of", "2025-10-20")));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var api = JsonDocument.Parse(body).RootElement;
        Assert.Equal("controlled", api[0].GetProperty("verdict").GetString());
        Assert.Equal("not-in-dataset", api[3].GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task A_mapping_saved_with_one_upload_reads_the_next()
    {
        const string erp = "Part No;HS code;COO\nA;8505111000;CHN\n";
        var first = await _client.PostAsync("/api/v1/screen", Form("erp.csv", erp, ("destination", "USA"), ("map", "part=Part No,code=HS code,origin=COO"), ("save_profile", "erp")));
        Assert.True(first.StatusCode == HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        var second = await _client.PostAsync("/api/v1/screen", Form("erp.csv", erp, ("destination", "USA"), ("as_of", "2025-10-20"), ("profile", "erp")));
        var body = await second.Content.ReadAsStringAsync();
        Assert.True(second.StatusCode == HttpStatusCode.OK, body);
        Assert.Equal("A", JsonDocument.Parse(body).RootElement[0].GetProperty("part").GetString());
        var unknown = await _client.PostAsync("/api/v1/screen", Form("erp.csv", erp, ("destination", "USA"), ("profile", "nope")));
        Assert.Contains("saved: erp", await Problems.AssertProblem(unknown, HttpStatusCode.NotFound, "profile"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_screen_downloads_as_csv_with_one_row_per_part()
    {
        var response = await _client.PostAsync("/api/v1/screen", Form("parts.csv", Parts, ("destination", "USA"), ("as_of", "2025-10-20"), ("format", "csv")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("row,part,description,code,origin", lines[0], StringComparison.Ordinal);
        Assert.Equal(5, lines.Length);
    }

    [Fact]
    public async Task A_parts_list_with_problems_is_a_400_naming_every_row_and_column()
    {
        var response = await _client.PostAsync("/api/v1/screen", Form("bad.csv", "part,code,origin\nX-1,850511,XXX\n,abc,CHN\n", ("destination", "USA")));
        var detail = await Problems.AssertProblem(response, HttpStatusCode.BadRequest, "parts");
        Assert.Contains("row 2, column 'origin' (3)", detail, StringComparison.Ordinal);
        Assert.Contains("row 3, column 'part' (1)", detail, StringComparison.Ordinal);
        Assert.Contains("row 3, column 'code' (2)", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_screen_without_a_file_or_with_an_unknown_format_names_the_field()
    {
        using var empty = new MultipartFormDataContent { { new StringContent("USA"), "destination" } };
        await Problems.AssertProblem(await _client.PostAsync("/api/v1/screen", empty), HttpStatusCode.BadRequest, "parts");
        await Problems.AssertProblem(await _client.PostAsync("/api/v1/screen", Form("parts.csv", Parts, ("destination", "USA"), ("format", "pdf"))), HttpStatusCode.BadRequest, "format");
        await Problems.AssertProblem(await _client.PostAsync("/api/v1/screen", Form("parts.csv", Parts, ("destination", "ZZZ"))), HttpStatusCode.BadRequest, "destination");
    }

    [Fact]
    public async Task Changes_of_an_uploaded_parts_list_name_the_parts_whose_status_changed()
    {
        // Its parity with 'chokepoint changes --parts' is a case of PostParityTests.
        var response = await _client.PostAsync("/api/v1/changes", Form("parts.csv", Parts, ("since", "2025-10-01"), ("until", "2025-11-30"), ("destination", "USA")));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var api = JsonDocument.Parse(body).RootElement;
        Assert.True(api.GetProperty("parts").GetArrayLength() > 0);
    }

    [Fact]
    public async Task A_licence_added_through_the_api_is_listed_with_its_decision_date_and_updated()
    {
        var post = await _client.PostAsJsonAsync("/api/v1/licences", new { item = "ndfeb-magnet-dy", destination = "DEU", filed = "2025-01-20", stock_days = 30, end_user = "Motor GmbH" });
        var body = await post.Content.ReadAsStringAsync();
        Assert.True(post.StatusCode == HttpStatusCode.Created, body);
        var added = JsonDocument.Parse(body).RootElement[0];
        // Hand-counted across Chinese New Year 2025 (LicenceCliTests): due 2025-03-28.
        Assert.Equal("2025-03-28", added.GetProperty("decision_due").GetString());
        Assert.Equal("Motor GmbH", added.GetProperty("end_user").GetString());
        var id = added.GetProperty("id").GetInt64();
        var update = await _client.PostAsJsonAsync($"/api/v1/licences/{id}/status", new { status = "denied" });
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        var list = await _client.GetFromJsonAsync<JsonElement>("/api/v1/licences");
        Assert.Equal("denied", list.EnumerateArray().Single(l => l.GetProperty("id").GetInt64() == id).GetProperty("status").GetString());
        await Problems.AssertProblem(await _client.PostAsJsonAsync("/api/v1/licences/99999/status", new { status = "denied" }), HttpStatusCode.NotFound, "id");
        await Problems.AssertProblem(await _client.PostAsJsonAsync("/api/v1/licences", new { item = "unobtainium", destination = "DEU", filed = "2025-01-20" }), HttpStatusCode.NotFound, "item");
    }
}
