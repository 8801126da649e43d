using System.Text;

namespace Chokepoint.Reports;

/// <summary>
/// Writes a report folder (index.html plus images) atomically through <see cref="OutputFolder"/>:
/// a failure or a kill never leaves a half-written report or old and new files mixed.
/// </summary>
public static class ReportWriter
{
    /// <summary>The kinds of file a report folder holds (a folder holding others is refused).</summary>
    public static readonly IReadOnlyCollection<string> Extensions = [".html", ".png", ".svg"];

    /// <summary>Renders <paramref name="sections"/> into <paramref name="outDir"/>/index.html; <paramref name="drawImages"/> writes images into the folder it is given.</summary>
    /// <exception cref="OutputFolderException">The folder cannot be used or written.</exception>
    public static string Write(string outDir, string title, string subtitle, IReadOnlyList<ReportSection> sections, Action<string> drawImages)
    {
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(drawImages);
        var target = OutputFolder.Write(outDir, Extensions, staging =>
        {
            drawImages(staging);
            File.WriteAllText(Path.Combine(staging, "index.html"), Page(title, subtitle, sections), new UTF8Encoding(false));
        });
        return Path.Combine(target, "index.html");
    }

    private static string Page(string title, string subtitle, IReadOnlyList<ReportSection> sections)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(Html.E(title)).Append("</title>");
        sb.Append("<style>body{font-family:'DejaVu Sans',Arial,sans-serif;max-width:1250px;margin:2em auto;padding:0 1em;color:#222}")
          .Append("table{border-collapse:collapse;margin:.5em 0 1em;font-size:.9em}th,td{border:1px solid #ccc;padding:3px 8px;text-align:left}")
          .Append("th{background:#f0f0f0}td.n{text-align:right;font-variant-numeric:tabular-nums}img{max-width:100%}")
          .Append("td.id,td.n{white-space:nowrap}table.sources td{overflow-wrap:anywhere}a{color:#1f5f99}")
          .Append(".note{color:#555;font-size:.85em}h2{border-bottom:2px solid #b22;padding-bottom:.2em;margin-top:2em}nav a{margin-right:1em}</style></head><body>");
        sb.Append("<h1>").Append(Html.E(title)).Append("</h1>").Append(Html.P(subtitle, "note")).Append("<nav>");
        for (var i = 0; i < sections.Count; i++) sb.Append($"<a href=\"#s{i}\">").Append(Html.E(sections[i].Title)).Append("</a>");
        sb.Append("</nav>");
        for (var i = 0; i < sections.Count; i++)
            sb.Append($"<section id=\"s{i}\"><h2>").Append(Html.E(sections[i].Title)).Append("</h2>").Append(sections[i].Html).Append("</section>");
        return sb.Append("</body></html>\n").ToString();
    }
}
