using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Chokepoint.Simulation.Calibration;

/// <summary>
/// Writes fitted phases into the text of a controls.yaml, leaving every other line as written (comments, order, folded
/// notes): in each fitted measure's block, the phases of the fitted (destination, items) group that begin on or before the
/// cut-off are replaced by the fitted ones (marked <c>fitted_until</c>), and the measure's <c>licence_delay_days</c> becomes
/// the smallest fitted delay so that each phase's own delay binds; items of the measure without a fit keep the delay they
/// had through a phase of their own (marked as the hand-set terms). Phases after the cut-off and other groups stay.
/// </summary>
public static partial class RegistryFitWriter
{
    /// <summary>The registry text with <paramref name="fits"/> (those with a fit) applied.</summary>
    public static string Apply(string yaml, IReadOnlyList<SeriesFit> fits)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(fits);
        var lines = yaml.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        foreach (var group in fits.Where(f => f.Fit is not null).GroupBy(f => f.MeasureId))
        {
            var (start, end) = Block(lines, group.Key);
            if (start < 0) throw new InvalidOperationException($"measure '{group.Key}' is not in the registry text");
            var block = lines.GetRange(start, end - start);
            var kept = KeptDelay(block, group.ToList());
            block = SetDelay(block, group.Min(f => f.Fit!.DelayDays));
            if (kept is { } k) block = AddPhase(block, k.Items, k.Days, group.First());
            foreach (var fit in group) block = ReplacePhases(block, fit);
            lines.RemoveRange(start, end - start);
            lines.InsertRange(start, block);
        }
        return string.Join('\n', lines);
    }

    private static (int Start, int End) Block(List<string> lines, string id)
    {
        var start = lines.FindIndex(l => l.TrimEnd() == "- id: " + id);
        if (start < 0) return (-1, -1);
        var end = start + 1;
        while (end < lines.Count && !lines[end].StartsWith("- ", StringComparison.Ordinal)) end++;
        while (end > start + 1 && lines[end - 1].Trim().Length == 0) end--;
        return (start, end);
    }

    private static List<string> SetDelay(List<string> block, int delay)
    {
        var i = block.FindIndex(l => l.StartsWith("  licence_delay_days:", StringComparison.Ordinal));
        var line = $"  licence_delay_days: {delay.ToString(CultureInfo.InvariantCulture)}";
        if (i >= 0) block[i] = line;
        else block.Insert(Math.Max(1, block.FindIndex(l => l.StartsWith("  destinations:", StringComparison.Ordinal)) + 1), line);
        return block;
    }

    // Items of the measure that no fit and no item phase from the effective date covers keep the measure's delay as written.
    private static (List<string> Items, int Days)? KeptDelay(List<string> block, List<SeriesFit> fits)
    {
        var text = string.Join('\n', block);
        var delay = Regex.Match(text, @"^  licence_delay_days:\s*(\d+)", RegexOptions.Multiline);
        var effective = Regex.Match(text, @"^  effective:\s*(\d{4}-\d{2}-\d{2})", RegexOptions.Multiline);
        if (!delay.Success || !effective.Success) return null;
        var covered = fits.SelectMany(f => f.Items).ToHashSet(StringComparer.Ordinal);
        foreach (Match m in Regex.Matches(text, @"^    - from:\s*" + effective.Groups[1].Value + @"\s*\n((?:      .*\n?)*)", RegexOptions.Multiline))
            if (m.Groups[1].Value.Contains("licence_delay_days", StringComparison.Ordinal) && !m.Groups[1].Value.Contains("destinations", StringComparison.Ordinal))
                covered.UnionWith(ListOf(m.Groups[1].Value, "items"));
        var rest = ListOf(text, "items").Where(i => !covered.Contains(i)).ToList();
        return rest.Count == 0 ? null : (rest, int.Parse(delay.Groups[1].Value, CultureInfo.InvariantCulture));
    }

    private static List<string> AddPhase(List<string> block, List<string> items, int days, SeriesFit fit)
    {
        var header = block.FindIndex(l => l.TrimEnd() == "  phases:");
        var at = header < 0 ? Math.Max(0, block.FindIndex(l => l.StartsWith("  sources:", StringComparison.Ordinal))) : header + 1;
        var effective = Regex.Match(string.Join('\n', block), @"^  effective:\s*(\S+)", RegexOptions.Multiline).Groups[1].Value;
        List<string> phase =
        [
            $"    - from: {effective}",
            $"      items: [{string.Join(", ", items)}]",
            $"      licence_delay_days: {days.ToString(CultureInfo.InvariantCulture)}",
            "      confidence: low",
            $"      notes: \"Hand-set (assumption): the measure's delay before calibration, kept for the items no observed series covers when 'chokepoint calibrate --until {fit.Until:yyyy-MM-dd}' set the measure's delay to the smallest fitted one.\"",
        ];
        if (header < 0) phase.Insert(0, "  phases:");
        block.InsertRange(at, phase);
        return block;
    }

    private static List<string> ReplacePhases(List<string> block, SeriesFit fit)
    {
        var header = block.FindIndex(l => l.TrimEnd() == "  phases:");
        if (header < 0)
        {
            var at = block.FindIndex(l => l.StartsWith("  sources:", StringComparison.Ordinal));
            header = at < 0 ? block.Count : at;
            block.Insert(header, "  phases:");
        }
        var end = header + 1;
        while (end < block.Count && (block[end].StartsWith("    ", StringComparison.Ordinal) || block[end].Trim().Length == 0)) end++;
        var entries = new List<List<string>>();
        for (var i = header + 1; i < end; i++)
        {
            if (block[i].StartsWith("    - ", StringComparison.Ordinal)) entries.Add([]);
            if (entries.Count > 0) entries[^1].Add(block[i]);
        }
        var kept = entries.Where(e => !Replaced(e, fit)).ToList();
        var written = Entries(fit);
        // Fitted phases first, in date order, then the rest as they were.
        var body = written.Concat(kept.SelectMany(e => e)).ToList();
        block.RemoveRange(header + 1, end - header - 1);
        block.InsertRange(header + 1, body);
        return block;
    }

    private static bool Replaced(List<string> entry, SeriesFit fit)
    {
        var text = string.Join('\n', entry);
        var from = FromPattern().Match(text);
        if (!from.Success || DateOnly.ParseExact(from.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture) > fit.Until) return false;
        var destinations = ListOf(text, "destinations");
        var sameDestination = fit.Importer == "*" ? destinations.Count == 0 || destinations.Contains("*") : destinations.Count == 1 && destinations[0] == fit.Importer;
        var items = ListOf(text, "items");
        return sameDestination && (items.Count == 0 || items.Intersect(fit.Items).Any());
    }

    private static List<string> ListOf(string entry, string key)
    {
        var m = Regex.Match(entry, $@"^\s*(?:- )?{key}:\s*\[([^\]]*)\]", RegexOptions.Multiline);
        return m.Success ? m.Groups[1].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList() : [];
    }

    private static IEnumerable<string> Entries(SeriesFit fit)
    {
        var f = fit.Fit!;
        var inv = CultureInfo.InvariantCulture;
        for (var k = 0; k < fit.PhaseStarts.Count; k++)
        {
            if (f.ApprovalRates[k] is not { } rate) continue;
            yield return $"    - from: {fit.PhaseStarts[k].ToString("yyyy-MM-dd", inv)}";
            if (fit.Importer != "*") yield return $"      destinations: [{fit.Importer}]";
            yield return $"      items: [{string.Join(", ", fit.Items)}]";
            yield return $"      approval_rate: {Math.Round(rate, 3).ToString(inv)}";
            if (k == 0) yield return $"      licence_delay_days: {f.DelayDays.ToString(inv)}";
            yield return "      confidence: medium";
            yield return $"      sources: [{string.Join(", ", fit.Sources)}]";
            yield return $"      fitted_until: {fit.Until.ToString("yyyy-MM-dd", inv)}";
            var sb = new StringBuilder();
            sb.Append(inv, $"Fitted by 'chokepoint calibrate --until {fit.Until:yyyy-MM-dd}' on observed/flows.csv ({fit.SeriesItems}, {fit.Exporter} to {fit.Importer}): ");
            sb.Append(inv, $"least squares over {f.MonthsUsed} months, RMS residual {f.RmsResidual:0.000} index points; index base = mean of ");
            sb.Append(string.Join(", ", fit.BaselineMonths.Select(m => m.ToString("yyyy-MM", inv)))).Append('.');
            yield return $"      notes: \"{sb.ToString().Replace("\"", "'", StringComparison.Ordinal)}\"";
        }
    }

    [GeneratedRegex(@"from:\s*(\d{4}-\d{2}-\d{2})")]
    private static partial Regex FromPattern();
}
