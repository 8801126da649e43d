using System.Net;

namespace Chokepoint.Web.Tests;

/// <summary>
/// Issue 20 §3: a browser gets HTML 404/400 pages naming what was wrong; the API keeps problem JSON whatever the Accept header
/// (regression: an API address opened in a browser answered 500 with an empty body).
/// </summary>
public sealed class ErrorPageTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private readonly HttpClient _client = factory.CreateClient(new() { AllowAutoRedirect = false });

    private static HttpRequestMessage Browser(HttpMethod method, string url)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        return request;
    }

    private static async Task<string> AssertHtml(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<nav>", body, StringComparison.Ordinal); // the site's layout, with the way back
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        return body;
    }

    [Fact]
    public async Task A_browser_asking_for_an_unknown_item_gets_an_html_404_naming_it_and_the_close_ids()
    {
        var body = await AssertHtml(await _client.SendAsync(Browser(HttpMethod.Get, "/items/galium")), HttpStatusCode.NotFound);

        Assert.Contains("<h1 id=\"status-title\">Not found</h1>", body, StringComparison.Ordinal);
        Assert.Contains("unknown item 'galium'", body, StringComparison.Ordinal);
        Assert.Contains("gallium", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/no-such-page", "Nothing here answers /no-such-page.")]
    [InlineData("/controls/NO-SUCH-MEASURE", "unknown measure 'NO-SUCH-MEASURE'")]
    [InlineData("/evidence/documents/987654", "no document 987654 in the workspace")]
    public async Task Unknown_pages_measures_and_documents_are_html_404_pages_for_a_browser(string url, string expected)
    {
        var body = await AssertHtml(await _client.SendAsync(Browser(HttpMethod.Get, url)), HttpStatusCode.NotFound);

        Assert.Contains(expected, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_sent_without_its_pages_token_is_an_html_400_page_for_a_browser()
    {
        var request = Browser(HttpMethod.Post, "/evidence");
        request.Content = new MultipartFormDataContent { { new StringContent("text"), "files", "a.txt" } };
        request.Headers.Add("Origin", _client.BaseAddress!.GetLeftPart(UriPartial.Authority));

        var body = await AssertHtml(await _client.SendAsync(request), HttpStatusCode.BadRequest);

        Assert.Contains("token of the page it came from", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/items/galium/shares", HttpStatusCode.NotFound, "id")]
    [InlineData("/api/v1/exposure/gallium?to=DEU", HttpStatusCode.BadRequest, "as_of")]
    public async Task The_api_answers_problem_json_even_to_a_browser(string url, HttpStatusCode status, string parameter)
    {
        await Problems.AssertProblem(await _client.SendAsync(Browser(HttpMethod.Get, url)), status, parameter);
        await Problems.AssertProblem(await _client.GetAsync(url), status, parameter);
    }

    [Fact]
    public async Task An_unknown_api_address_is_a_problem_not_a_page()
    {
        var response = await _client.SendAsync(Browser(HttpMethod.Get, "/api/v1/no-such-endpoint"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_item_named_in_another_case_leads_to_its_page()
    {
        var response = await _client.SendAsync(Browser(HttpMethod.Get, "/items/Gallium?as_of=2025-10-10"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/items/gallium?as_of=2025-10-10", response.Headers.Location?.OriginalString);
    }
}
