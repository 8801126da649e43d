using Chokepoint.Model;

namespace Chokepoint.Analysis.Codes;

/// <summary>
/// Look-up by any code a text uses (codes.csv plus the HS codes of items.csv). A tariff code (4–10 digits) matches a
/// known tariff code when one is a prefix of the other: 850511 finds the 10-digit lines under it, 8505111000 finds
/// the HS subheading above it when no line of its own is known. A control-list number (3A090, 1C902.a.4) matches the same number, its subdivisions
/// and the entries it subdivides (within one list, only when nothing at or below it is known). Built once per dataset; lookups are cached. Not thread-safe.
/// </summary>
public sealed class CodeIndex
{
    private readonly Dataset _dataset;
    private readonly List<(CodeSystem System, string Code, CodeSubject Kind, string Subject, string? Source)> _known = [];
    private readonly Dictionary<string, CodeMatch> _cache = new(StringComparer.Ordinal);

    /// <summary>Indexes the codes of <paramref name="dataset"/>.</summary>
    public CodeIndex(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        _dataset = dataset;
        foreach (var item in dataset.Tables.Items)
            foreach (var hs in item.HsCodes)
                _known.Add((CodeSystem.Hs, hs, CodeSubject.Item, item.Id, null));
        foreach (var c in dataset.Tables.Codes)
            _known.Add((c.System, c.Code, c.SubjectKind, c.Subject, c.Source));
    }

    /// <summary>True when <paramref name="code"/> has the shape of a tariff code or a control-list number.</summary>
    public static bool IsWellFormed(string code) => Shape(Normalize(code)) != CodeShape.Unknown;

    /// <summary>Looks up <paramref name="code"/> (any case; dots and spaces in tariff codes ignored).</summary>
    public CodeMatch Lookup(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var q = Normalize(code);
        if (_cache.TryGetValue(q, out var cached)) return cached;
        var shape = Shape(q);
        var hits = new List<CodeHit>();
        foreach (var k in _known)
        {
            var tariff = CodeNames.IsTariff(k.System);
            if (shape == CodeShape.Tariff && tariff && (k.Code.StartsWith(q, StringComparison.Ordinal) || q.StartsWith(k.Code, StringComparison.Ordinal)))
                hits.Add(new CodeHit(k.System, k.Code, k.Kind, k.Subject, k.Source, k.Code.Length == q.Length));
            else if (shape == CodeShape.ListNumber && !tariff && ListMatch(q, k.Code))
                hits.Add(new CodeHit(k.System, k.Code, k.Kind, k.Subject, k.Source, string.Equals(k.Code, q, StringComparison.OrdinalIgnoreCase)));
        }
        // A code above the query (its heading, or the entry it subdivides) only stands in when nothing at or below it is known:
        // 1C902.a.4 is the samarium-cobalt magnet entry, not all of 1C902.a. Tariff lines share the HS digits, so any line
        // at or below the query retires the headings above it; control lists are separate lists, so the Dutch national
        // entry 3B001.f.4 retires nothing of the US or EU entry 3B001, which still covers a US or EU item so numbered.
        if (shape == CodeShape.Tariff)
        {
            if (hits.Any(h => h.Code.Length >= q.Length)) hits.RemoveAll(h => h.Code.Length < q.Length);
        }
        else
        {
            var deep = hits.Where(h => h.Code.Length >= q.Length).Select(h => h.System).ToHashSet();
            hits.RemoveAll(h => h.Code.Length < q.Length && deep.Contains(h.System));
        }
        hits = hits.OrderByDescending(h => h.Exact).ThenBy(h => h.System).ThenBy(h => h.Code, StringComparer.Ordinal).ToList();
        var items = hits.Where(h => h.SubjectKind == CodeSubject.Item).Select(h => h.Subject).Distinct().ToList();
        var measures = new HashSet<string>(hits.Where(h => h.SubjectKind == CodeSubject.Measure).Select(h => h.Subject), StringComparer.Ordinal);
        foreach (var m in _dataset.Tables.Controls)
            if (m.Items.Any(items.Contains)) measures.Add(m.Id);
        var result = new CodeMatch(q, hits, items, measures, hits.Count == 0 ? Nearest(q, shape) : []);
        _cache[q] = result;
        return result;
    }

    /// <summary>The code systems in which <paramref name="code"/> (normalized) is known, in enum order; empty when unknown.</summary>
    public IReadOnlyList<CodeSystem> SystemsOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var q = Normalize(code);
        return _known.Where(k => string.Equals(k.Code, q, StringComparison.Ordinal)).Select(k => k.System).Distinct().Order().ToList();
    }

    private List<string> Nearest(string q, CodeShape shape) =>
        _known.Where(k => shape == CodeShape.Unknown || CodeNames.IsTariff(k.System) == (shape == CodeShape.Tariff))
            .Select(k => k.Code).Distinct()
            .OrderByDescending(c => CommonPrefix(c, q)).ThenBy(c => Distance(c, q)).ThenBy(c => c, StringComparer.Ordinal)
            .Take(5).ToList();

    private static bool ListMatch(string q, string known) =>
        string.Equals(q, known, StringComparison.OrdinalIgnoreCase)
        || known.StartsWith(q + ".", StringComparison.OrdinalIgnoreCase)
        || q.StartsWith(known + ".", StringComparison.OrdinalIgnoreCase);

    private static string Normalize(string code) => CodeNames.Normalize(code);

    private enum CodeShape { Unknown, Tariff, ListNumber }

    private static CodeShape Shape(string q) =>
        CodeNames.IsTariffShape(q) ? CodeShape.Tariff : CodeNames.IsListShape(q) ? CodeShape.ListNumber : CodeShape.Unknown;

    private static int CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && char.ToUpperInvariant(a[n]) == char.ToUpperInvariant(b[n])) n++;
        return n;
    }

    private static int Distance(string a, string b) => Chokepoint.Analysis.Lookup.ItemResolver.Distance(a.ToUpperInvariant(), b.ToUpperInvariant());
}
