using Chokepoint.Data.Diagnostics;
using Chokepoint.Model;

namespace Chokepoint.Data.Validation;

/// <summary>Resolves ids across files, reporting unknown ones and remembering which sources are cited.</summary>
internal sealed class References
{
    private readonly Dictionary<string, Item> _items;
    private readonly HashSet<string> _countries;
    private readonly HashSet<string> _sources;
    private readonly HashSet<string> _cited = new(StringComparer.Ordinal);
    private readonly DatasetTables _tables;
    private readonly DiagnosticBag _d;

    public References(DatasetTables tables, DiagnosticBag d)
    {
        _tables = tables;
        _d = d;
        _items = tables.Items.GroupBy(i => i.Id).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        _countries = tables.Countries.Select(c => c.Iso3).ToHashSet(StringComparer.Ordinal);
        _sources = tables.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
    }

    public Item? Item(Origin at, int column, string id, string? field = null)
    {
        if (_items.TryGetValue(id, out var item)) return item;
        _d.Error(at.File, at.Line, _d.FieldOf(at.File, column), $"unknown item '{id}'{In(field)}; expected an id from items.csv{Suggest(id, _items.Keys)}");
        return null;
    }

    public void Country(Origin at, int column, string iso3, string? field = null)
    {
        // ROW (rest of world) is part of the format and need not be listed in countries.csv.
        if (iso3 != Names.RestOfWorld && !_countries.Contains(iso3))
            _d.Error(at.File, at.Line, _d.FieldOf(at.File, column), $"unknown country '{iso3}'{In(field)}; expected an ISO3 code listed in countries.csv");
    }

    public void Source(Origin at, int column, string id, string? field = null)
    {
        _cited.Add(id);
        if (!_sources.Contains(id))
            _d.Error(at.File, at.Line, _d.FieldOf(at.File, column), $"unknown source '{id}'{In(field)}; expected an id from sources.csv{Suggest(id, _sources)}");
    }

    /// <summary>Like <see cref="Source"/> for an optional column, at its actual field number.</summary>
    public void SourceAt(Origin at, int field, string id)
    {
        _cited.Add(id);
        if (!_sources.Contains(id))
            _d.Error(at.File, at.Line, field, $"unknown source '{id}' in 'switch_source'; expected an id from sources.csv{Suggest(id, _sources)}");
    }

    public void ReportUncitedSources()
    {
        foreach (var s in _tables.Sources.Where(s => !_cited.Contains(s.Id)))
            _d.Warning(s.Origin.File, s.Origin.Line, _d.FieldOf(s.Origin.File, 1), $"source '{s.Id}' is not cited by any row");
    }

    private static string In(string? field) => field is null ? "" : $" in '{field}'";

    /// <summary>" (did you mean 'x'?)" for the known id that contains or is contained in <paramref name="id"/>, or "".</summary>
    public static string Suggest(string id, IEnumerable<string> known)
    {
        var best = known.Where(k => k.Contains(id, StringComparison.Ordinal) || id.Contains(k, StringComparison.Ordinal))
            .OrderBy(k => Math.Abs(k.Length - id.Length)).FirstOrDefault();
        return best is null ? "" : $" (did you mean '{best}'?)";
    }
}
