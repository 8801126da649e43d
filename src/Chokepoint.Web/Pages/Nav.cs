using Microsoft.AspNetCore.Http;

namespace Chokepoint.Web.Pages;

/// <summary>Small helpers shared by the page templates.</summary>
public static class Nav
{
    /// <summary>"active" when the request is under <paramref name="prefix"/> ("/" matches only the root).</summary>
    public static string Active(HttpContext context, string prefix)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.Request.Path.Value ?? "/";
        return prefix == "/" ? (path == "/" ? "active" : "") : path.StartsWith(prefix, StringComparison.Ordinal) ? "active" : "";
    }

    /// <summary>A percentage with one decimal from a 0–100 value.</summary>
    public static string Pct(double pct) => pct.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%";

    /// <summary>A percentage with one decimal from a 0–1 fraction.</summary>
    public static string Frac(double fraction) => Pct(100 * fraction);

    /// <summary>The document id a <see cref="Application.Tables.CellKind.Document"/> cell starts with ("12", "#12 file.md p. 3"), or null.</summary>
    public static long? DocumentId(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var digits = cell.TrimStart('#');
        var end = 0;
        while (end < digits.Length && char.IsAsciiDigit(digits[end])) end++;
        return end > 0 && long.TryParse(digits.AsSpan(0, end), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    /// <summary>YYYY-MM-DD.</summary>
    public static string Date(DateOnly d) => Contracts.ContractJson.Date(d);

    /// <summary>The exposure view of <paramref name="product"/> under the question of an <see cref="Application.Tables.CellKind.Exposure"/> cell's table.</summary>
    public static string ExposureLink(string product, IEnumerable<KeyValuePair<string, string>> question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return "/exposure?product=" + Uri.EscapeDataString(product)
            + string.Concat(question.Select(q => "&" + Uri.EscapeDataString(q.Key) + "=" + Uri.EscapeDataString(q.Value)));
    }

    /// <summary>The page of measure <paramref name="id"/>, on the date of the table's question (its as_of) when it asks one.</summary>
    public static string MeasureLink(string id, IEnumerable<KeyValuePair<string, string>> question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var asOf = question.FirstOrDefault(q => q.Key == "as_of").Value;
        return "/controls/" + Uri.EscapeDataString(id) + (asOf is null ? "" : "?as_of=" + Uri.EscapeDataString(asOf));
    }

    /// <summary>A cell of items ("gallium" or "gallium, germanium") as its parts, each with whether it is an item id to link (a part with no space).</summary>
    public static IEnumerable<(string Text, bool IsId)> ItemList(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Split(", ").Select(part => (part, part.Length > 0 && !part.Contains(' ', StringComparison.Ordinal)));
    }
}
