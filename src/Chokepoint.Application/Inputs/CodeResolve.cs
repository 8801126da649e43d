using Chokepoint.Analysis.Codes;
using Chokepoint.Contracts;
using Chokepoint.Model;

namespace Chokepoint.Application.Inputs;

/// <summary>Resolves a code the user typed (tariff line or control-list number) against codes.csv and the items' HS codes.</summary>
public static class CodeResolve
{
    /// <summary>The match of <paramref name="code"/>; refuses a malformed code, and an unknown one naming the nearest known codes.</summary>
    public static CodeMatch Match(Dataset dataset, string code, string parameter)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(code);
        var shown = code.Length <= 40 ? code : string.Concat(code.AsSpan(0, 39), "…");
        if (!CodeIndex.IsWellFormed(code))
            throw new RequestException(parameter, $"{parameter} '{shown}' is neither a tariff code (4 to 10 digits, e.g. 850511 or 8505111000) nor a control-list number (e.g. 3A090, 1C902.a.4)");
        var index = new CodeIndex(dataset);
        var match = index.Lookup(code);
        if (!match.Found)
        {
            // Each nearest code names its systems, so "85051100 (eu-cn8)" reads apart from "850511 (hs)".
            var nearest = match.Nearest.Select(c => $"{c} ({string.Join(", ", index.SystemsOf(c).Select(CodeNames.Of))})");
            throw new RequestException(parameter, $"{parameter} '{shown}' matches no code of the dataset (items.csv, codes.csv){(match.Nearest.Count > 0 ? $"; nearest known: {string.Join(", ", nearest)}" : "")}", ErrorKind.NotFound);
        }
        return match;
    }

    /// <summary>The hits of <paramref name="match"/> that lead to <paramref name="measure"/>: codes of the items it lists, or codes its text names.</summary>
    public static IReadOnlyList<CodeMatchJson> Leading(CodeMatch match, ControlMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(measure);
        return match.Hits
            .Where(h => h.SubjectKind == CodeSubject.Measure ? h.Subject == measure.Id : measure.Items.Contains(h.Subject))
            .Select(h => new CodeMatchJson(CodeNames.Of(h.System), h.Code, h.Subject, h.Exact, h.Source))
            .Distinct().ToList();
    }

    /// <summary>One line saying which code systems matched and through which items or measures, with sources.</summary>
    public static string Describe(CodeMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var parts = match.Hits.GroupBy(h => h.System).Select(g =>
            $"{CodeNames.Of(g.Key)} {string.Join(", ", g.Select(h => $"{h.Code}{(h.Exact ? "" : " (prefix)")} → {h.Subject}{(h.Source is { } s ? $" [{s}]" : " [items.csv]")}").Distinct())}");
        return $"Code {match.Query} matched: {string.Join("; ", parts)}.";
    }
}
