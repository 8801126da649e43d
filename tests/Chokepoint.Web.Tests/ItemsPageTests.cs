using System.Net;
using Chokepoint.Application;
using Chokepoint.Application.Handlers;
using Chokepoint.Application.Inputs;
using Chokepoint.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Chokepoint.Web.Tests;

/// <summary>Issue 20 §2, regression: the items page built a table of its own (other columns than 'chokepoint items'); it shows the handler's table.</summary>
public sealed class ItemsPageTests(WebFactory factory) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task The_items_page_shows_the_columns_and_rows_of_chokepoint_items()
    {
        var session = new Session(factory.Services.GetRequiredService<DatasetHolder>().Dataset, new DateOnly(2026, 1, 1), Surface.Web);
        var table = ItemsHandler.Handle(session, "rare-earths", "refined").Tables[0];

        var html = WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync("/items?industry=rare-earths&kind=refined"));

        Assert.Contains("largest producer (latest year)", table.Columns);
        foreach (var column in table.Columns) Assert.Contains($">{column}</th>", html, StringComparison.Ordinal);
        Assert.NotEmpty(table.Rows);
        foreach (var row in table.Rows)
        {
            Assert.Contains($"<a href=\"/items/{row[0]}\">{row[0]}</a>", html, StringComparison.Ordinal);
            Assert.Contains($">{row[^1]}<", html, StringComparison.Ordinal);
        }
    }
}
