using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Chokepoint.Web.Tests;

/// <summary>
/// Issue 20 §3, regression: `exposure automotive-control-unit --to DEU` made in DEU gave 7.8%/1.5% in the table and the API
/// while the page's tree showed 5.1%/1.0%; the tree now shows the API's figures and says why the path limits.
/// </summary>
public sealed partial class ExposureTreePageTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static string Pct(double fraction) => (100 * fraction).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    [Theory]
    [InlineData("made_in=true")]
    [InlineData("made_in=false")]
    public async Task The_tier_tree_shows_the_apis_figure_and_inputs_for_the_same_question(string semantics)
    {
        const string question = "to=DEU&as_of=2025-10-20";
        var json = JsonDocument.Parse(await _client.GetStringAsync($"/api/v1/exposure/automotive-control-unit?{question}&{semantics}")).RootElement;
        var html = WebUtility.HtmlDecode(await _client.GetStringAsync($"/exposure?product=automotive-control-unit&{question}&{semantics}"));
        var tree = Text(html[html.IndexOf("id=\"tier-tree\"", StringComparison.Ordinal)..]);

        var available = Pct(1 - json.GetProperty("output_at_risk").GetDouble());
        var root = semantics == "made_in=true" ? $"automotive-control-unit made in DEU — makers at {available}" : $"automotive-control-unit to DEU — available {available}";
        Assert.Contains(root, tree, StringComparison.Ordinal);
        if (semantics == "made_in=true")
            foreach (var input in json.GetProperty("inputs").EnumerateArray())
                Assert.Contains($"{input.GetProperty("item").GetString()} — available {Pct(input.GetProperty("available").GetDouble())}", tree, StringComparison.Ordinal);
        Assert.Contains("lost where the measures stop flows", Text(html[html.IndexOf("id=\"limiting-why\"", StringComparison.Ordinal)..]), StringComparison.Ordinal);
        Assert.Contains("(plant in CHN)", tree, StringComparison.Ordinal);
    }

    private static string Text(string html) => Spaces().Replace(Tags().Replace(html, " "), " ");

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
