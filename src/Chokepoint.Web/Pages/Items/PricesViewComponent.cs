using Chokepoint.Application.Inputs;
using Chokepoint.Web.Api;
using Microsoft.AspNetCore.Mvc;

namespace Chokepoint.Web.Pages.Items;

/// <summary>
/// The price section of an item page (a component of its own, so the page's model stays untouched): observed and
/// modelled prices under replay-2025 from the same handler as 'chokepoint prices'; nothing when the item has no price.
/// </summary>
public sealed class PricesViewComponent(AnalysisQueries queries) : ViewComponent
{
    /// <summary>Renders the section for <paramref name="item"/>.</summary>
    public IViewComponentResult Invoke(string item)
    {
        if (!queries.HasPrices(item)) return Content("");
        try
        {
            return View(queries.Prices(item, null, null, null));
        }
        catch (RequestException ex)
        {
            return View("Error", ex.Message);
        }
    }
}
