using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Chokepoint.Web.Pages;

/// <summary>A search snippet as HTML: the text is encoded first, then the « » match markers become mark elements.</summary>
public static class Snippet
{
    /// <summary>Encoded snippet with highlighted matches; never passes document markup through.</summary>
    public static IHtmlContent Highlight(string snippet)
    {
        ArgumentNullException.ThrowIfNull(snippet);
        var sb = new StringBuilder();
        var open = false;
        var start = 0;
        for (var i = 0; i <= snippet.Length; i++)
        {
            if (i < snippet.Length && snippet[i] is not ('«' or '»')) continue;
            sb.Append(HtmlEncoder.Default.Encode(snippet[start..i]));
            if (i < snippet.Length)
            {
                if (snippet[i] == '«' && !open) { sb.Append("<mark>"); open = true; }
                else if (snippet[i] == '»' && open) { sb.Append("</mark>"); open = false; }
            }
            start = i + 1;
        }
        if (open) sb.Append("</mark>");
        return new HtmlString(sb.ToString());
    }
}
