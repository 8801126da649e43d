using System.Text;
using Chokepoint.Evidence.Text;

namespace Chokepoint.Evidence.Store;

/// <summary>
/// Light rewriting of FTS5 queries so that what users type works: an unquoted word with a hyphen
/// ("rare-earth") or Chinese characters ("稀土") becomes a quoted phrase, and Chinese text is spaced
/// like the index. Everything else (AND, OR, NOT, NEAR, prefix*, column:, parentheses) is FTS5's own.
/// </summary>
internal static class SearchSyntax
{
    /// <summary>Longest query accepted, in characters. FTS5's work grows with the square of repeated terms (800 repeats: 72 s).</summary>
    public const int MaxQueryChars = 500;

    /// <summary>Most words and phrases in one query.</summary>
    public const int MaxTerms = 32;

    /// <summary>Refuses a query too long or with too many terms for FTS5 to answer in reasonable time.</summary>
    public static void CheckSize(string query)
    {
        if (query.Length > MaxQueryChars)
            throw new SearchSyntaxException($"the search query is {query.Length} characters long; expected at most {MaxQueryChars} (search for the few words that matter)");
        var terms = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        if (terms > MaxTerms)
            throw new SearchSyntaxException($"the search query has {terms} terms; expected at most {MaxTerms} (search for the few words that matter)");
    }

    public static string Rewrite(string query)
    {
        var sb = new StringBuilder(query.Length + 8);
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (c == '"')
            {
                var close = query.IndexOf('"', i + 1);
                var end = close < 0 ? query.Length : close + 1;
                sb.Append(Cjk.Spaced(query[i..end]));
                i = end;
                continue;
            }
            if (char.IsWhiteSpace(c) || c is '(' or ')')
            {
                sb.Append(c);
                i++;
                continue;
            }
            var j = i;
            while (j < query.Length && !char.IsWhiteSpace(query[j]) && query[j] is not '(' and not ')' and not '"') j++;
            var word = query[i..j];
            var plain = word.All(ch => char.IsLetterOrDigit(ch) || ch == '-' || ch == '_' || ch == '\'');
            sb.Append(plain && (word.Contains('-', StringComparison.Ordinal) || Cjk.HasCjk(word)) && word.Any(char.IsLetterOrDigit)
                ? "\"" + Cjk.Spaced(word).Trim() + "\""
                : word);
            i = j;
        }
        return sb.ToString();
    }

    /// <summary>
    /// The words and phrases of a query to find in the text for a snippet: operators (AND, OR, NOT,
    /// NEAR), column prefixes, prefix stars and the term after NOT are dropped; a phrase also gives its
    /// words, so "rare earth" still finds "rare-earth". Lower-cased, longest first, at most <see cref="MaxTerms"/>.
    /// </summary>
    public static IReadOnlyList<string> Terms(string query)
    {
        var terms = new List<string>();
        var skipNext = false;
        var i = 0;
        while (i < query.Length && terms.Count < MaxTerms * 2)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c) || c is '(' or ')' or ',' or '+' or '^')
            {
                i++;
                continue;
            }
            string token;
            var phrase = c == '"';
            if (phrase)
            {
                var close = query.IndexOf('"', i + 1);
                var end = close < 0 ? query.Length : close;
                token = query[(i + 1)..end];
                i = end + 1;
            }
            else
            {
                var j = i;
                while (j < query.Length && !char.IsWhiteSpace(query[j]) && query[j] is not '(' and not ')' and not '"' and not ',') j++;
                token = query[i..j];
                i = j;
                if (token is "AND" or "OR" or "NEAR") continue;
                if (token == "NOT")
                {
                    skipNext = true;
                    continue;
                }
                var colon = token.IndexOf(':', StringComparison.Ordinal);
                if (colon >= 0) token = token[(colon + 1)..];
                token = token.TrimEnd('*');
                if (token.All(char.IsAsciiDigit)) continue;
            }
            if (skipNext)
            {
                skipNext = false;
                continue;
            }
            token = Cjk.Unspaced(token).Trim().ToLowerInvariant();
            if (token.Length == 0) continue;
            if (token.Length >= 2 || Cjk.HasCjk(token)) terms.Add(token);
            if (phrase || token.Contains('-', StringComparison.Ordinal))
                terms.AddRange(token.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 2 || Cjk.HasCjk(w)));
        }
        return terms.Distinct(StringComparer.Ordinal).OrderByDescending(t => t.Length).Take(MaxTerms).ToList();
    }

    public static string Explain(string query, string sqliteMessage)
    {
        var detail = sqliteMessage;
        var at = detail.IndexOf("fts5:", StringComparison.OrdinalIgnoreCase);
        detail = at >= 0 ? detail[at..] : "not understood";
        detail = detail.Replace("SQLite Error 1: ", "", StringComparison.Ordinal).TrimEnd('.', '\'');
        return $"the search query '{query}' is not valid FTS5 syntax ({detail}); " +
               "put phrases and words with punctuation in double quotes, e.g. \"rare earth\" AND licence, and close every quote and parenthesis";
    }
}
