using Chokepoint.Application.Report;
using Chokepoint.Model;

namespace Chokepoint.Application.Wording;

/// <summary>
/// How a production share is labelled wherever a report or the web app shows it: with its year (items' latest
/// years differ) and with what it measures when that is not world output, proxies marked with <see cref="ProxyMark"/>.
/// Pure functions; thread-safe.
/// </summary>
public static class ShareLabels
{
    /// <summary>Mark of a share that stands in for production (<see cref="ProductionShare.IsProxy"/>).</summary>
    public const string ProxyMark = "†";

    /// <summary>A few words for a basis other than output ("export share"), or null for output.</summary>
    public static string? Short(string basis) => basis switch
    {
        "export-proxy" => "export share",
        "mining-proxy" => "mine share",
        "parent-share" => "parent share",
        "capacity" => "capacity",
        "ownership" => "ownership",
        _ => null,
    };

    /// <summary>What a share of this basis measures, for a footnote.</summary>
    public static string Explain(string basis) => basis switch
    {
        "export-proxy" => "share of world exports standing in for production",
        "mining-proxy" => "share of world mine output standing in for refining",
        "parent-share" => "the share of a parent item applied to this part of it",
        "capacity" => "share of world production capacity, not output",
        "ownership" => "share of world output by firms headquartered in the country",
        _ => "share of world output",
    };

    /// <summary>
    /// What a table of one item's shares holds, for its title: "world production shares" when every row is output,
    /// the basis in words when every row shares another ("world export shares (standing in for production)"),
    /// "world shares (basis per row)" when the rows mix bases.
    /// </summary>
    public static string TableTitle(IEnumerable<string> bases)
    {
        ArgumentNullException.ThrowIfNull(bases);
        var distinct = bases.Select(b => Short(b) is null ? "output" : b).Distinct().ToList();
        if (distinct.Count != 1) return "world shares (basis per row)";
        return distinct[0] switch
        {
            "export-proxy" => "world export shares (standing in for production)",
            "mining-proxy" => "world mine output shares (standing in for refining)",
            "parent-share" => "shares of the parent item (applied to this part of it)",
            "capacity" => "world capacity shares",
            "ownership" => "world output shares by the owners' country",
            _ => "world production shares",
        };
    }

    /// <summary>Basis words with the proxy mark: "export share†", "capacity", or "" for output.</summary>
    public static string Tag(string basis, bool isProxy) =>
        Short(basis) is { } words ? words + (isProxy ? ProxyMark : "") : isProxy ? ProxyMark : "";

    /// <summary>What a chokepoint's dependence rests on: "trade", "world output", or "world " + the share's tag ("world export share†").</summary>
    public static string DependenceFrom(string basis, bool isProxy) =>
        basis == "trade" ? "trade" : Tag(basis, isProxy) is { Length: > 0 } tag ? "world " + tag : "world output";

    /// <summary>The footnote for dependences that rest on a world share other than output; "" when none does.</summary>
    public static string DependenceFootnote(IEnumerable<(string Basis, bool IsProxy)> dependences)
    {
        ArgumentNullException.ThrowIfNull(dependences);
        return Footnote(dependences.Where(d => d.Basis != "trade")) is { Length: > 0 } footnote
            ? "Dependence from a world share that is not output: " + footnote : "";
    }

    /// <summary>Label of an item's bar: "penicillin-g (2004)", "fighter-jet (2024, export share†)".</summary>
    public static string Label(ItemShare share)
    {
        ArgumentNullException.ThrowIfNull(share);
        var tag = Tag(share.Basis, share.IsProxy);
        return tag.Length == 0 ? $"{share.Item} ({share.Year})" : $"{share.Item} ({share.Year}, {tag})";
    }

    /// <summary>"2004–2024" when the years differ, "2024" when they agree, "" for none.</summary>
    public static string YearSpan(IEnumerable<int> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        var list = years.ToList();
        if (list.Count == 0) return "";
        var (min, max) = (list.Min(), list.Max());
        return min == max ? $"{min}" : $"{min}–{max}";
    }

    /// <summary>
    /// One sentence per basis other than output present in <paramref name="bases"/>, in a stable order, with the
    /// proxy mark where it applies: "† export share: share of world exports standing in for production."; "" when all are output.
    /// </summary>
    public static string Footnote(IEnumerable<(string Basis, bool IsProxy)> bases)
    {
        ArgumentNullException.ThrowIfNull(bases);
        var present = bases.Where(b => Short(b.Basis) is not null || b.IsProxy).Distinct()
            .OrderBy(b => b.IsProxy ? 0 : 1).ThenBy(b => b.Basis, StringComparer.Ordinal).ToList();
        if (present.Count == 0) return "";
        var parts = present.Select(b => $"{(b.IsProxy ? ProxyMark + " " : "")}{Short(b.Basis) ?? b.Basis}: {Explain(b.Basis)}");
        var proxies = present.Any(b => b.IsProxy) ? $" {ProxyMark} marks a proxy, not a production share." : "";
        return string.Join("; ", parts) + "." + proxies;
    }
}
