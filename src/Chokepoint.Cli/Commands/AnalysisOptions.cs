using Chokepoint.Analysis.Lookup;
using Chokepoint.Cli.Infrastructure;
using Chokepoint.Model;

namespace Chokepoint.Cli.Commands;

/// <summary>Checks of option values against the dataset, with errors that name the value and what was expected.</summary>
internal static class AnalysisOptions
{
    /// <summary>The item a user named: its id in any case, or words of its name (see <see cref="ItemResolver"/>); a usage error with suggestions otherwise.</summary>
    public static Item RequireItem(Dataset dataset, string id, string what = "item")
    {
        var match = ItemResolver.Resolve(dataset, id);
        if (match.Item is { } item) return item;
        var shown = SafeText.Clip(id);
        if (match.Ambiguous)
            throw CliException.Usage($"{what} '{shown}' could mean {string.Join(", ", match.Candidates)}; give one of these ids");
        throw CliException.Usage($"unknown {what} '{shown}'; expected an id from 'chokepoint items'{(match.Candidates.Count > 0 ? $" (did you mean {string.Join(", ", match.Candidates)}?)" : "")}");
    }

    public static string RequireCountry(Dataset dataset, string iso3, string option)
    {
        var code = iso3.Trim().ToUpperInvariant();
        if (dataset.Countries.ContainsKey(code)) return code;
        throw CliException.Usage($"{option} '{iso3}' is not a country of the dataset; expected an ISO3 code such as CHN or USA");
    }

    /// <summary>A country (ISO3), or a firm or plant of firms.csv / plants.csv (as written, lowercase).</summary>
    public static string RequireCountryOrFirm(Dataset dataset, string text, string option)
    {
        var id = text.Trim();
        if (dataset.Producers.Firms.ContainsKey(id) || dataset.Producers.IsPlant(id)) return id;
        if (dataset.Countries.ContainsKey(id.ToUpperInvariant())) return id.ToUpperInvariant();
        throw CliException.Usage($"{option} '{text}' is neither a country of the dataset nor a firm or plant; expected an ISO3 code such as DEU, or an id from firms.csv or plants.csv such as nexperia-dongguan");
    }

    /// <summary>A country or a group of countries.csv (e.g. EU): the member list.</summary>
    public static IReadOnlyList<string> RequireCountryOrGroup(Dataset dataset, string text, string option)
    {
        var code = text.Trim();
        if (dataset.Countries.ContainsKey(code.ToUpperInvariant())) return [code.ToUpperInvariant()];
        var members = dataset.MembersOf(code);
        if (members.Count > 0) return members;
        throw CliException.Usage($"{option} '{text}' is neither an ISO3 code nor a group of countries.csv (e.g. EU, G7)");
    }

    public static DateOnly DateOr(string? text, string option, DateOnly fallback) =>
        text is null ? fallback : Infrastructure.Format.ParseDate(text, option);

    public static string SourceLabel(Dataset dataset, string id) =>
        dataset.Sources.TryGetValue(id, out var s) ? $"{id}: {s.Publisher}, {s.Title}{(s.Date.Length > 0 ? $" ({s.Date})" : "")} {s.Url}".TrimEnd() : id;
}
