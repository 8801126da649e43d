using System.Net;
using System.Text;

namespace Chokepoint.Reports;

/// <summary>A titled HTML block of a report (a table, a figure, prose), already escaped.</summary>
public sealed record ReportSection(string Title, string Html);

/// <summary>Small HTML helpers; every text goes through WebUtility.HtmlEncode.</summary>
public static class Html
{
    /// <summary>Escapes text.</summary>
    public static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A table with a header row; cells are escaped; numeric columns right-aligned.</summary>
    public static string Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, ISet<int>? numeric = null)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var sb = new StringBuilder("<table><thead><tr>");
        foreach (var h in header) sb.Append("<th>").Append(E(h)).Append("</th>");
        sb.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            sb.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
                sb.Append(numeric?.Contains(i) == true ? "<td class=\"n\">" : "<td>").Append(E(row[i])).Append("</td>");
            sb.Append("</tr>");
        }
        return sb.Append("</tbody></table>").ToString();
    }

    /// <summary>A table of the application layer: its title, rows (numeric columns right-aligned) and notes, the same as the terminal shows.</summary>
    public static string Table(Chokepoint.Application.Tables.Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return $"<h3>{E(table.Title)}</h3>" + (table.Rows.Count == 0 ? P(table.EmptyText, "note") : Table(table.Columns, table.Rows, table.NumericColumns.ToHashSet()))
            + string.Concat(table.Notes.Select(n => P(n, "note")));
    }

    /// <summary>A paragraph of escaped text.</summary>
    public static string P(string text, string? cssClass = null) =>
        cssClass is null ? $"<p>{E(text)}</p>" : $"<p class=\"{cssClass}\">{E(text)}</p>";

    /// <summary>An image with alt text.</summary>
    public static string Img(string file, string alt) => $"<figure><img src=\"{E(file)}\" alt=\"{E(alt)}\"><figcaption>{E(alt)}</figcaption></figure>";
}
