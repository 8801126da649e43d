namespace Chokepoint.Model;

/// <summary>One requirement of a recipe: a single line, or an alternative group (the line in use first, then the alternatives).</summary>
/// <param name="Lines">The line in use first; alternatives after it in file order. One line for an ordinary requirement.</param>
public sealed record Requirement(IReadOnlyList<RecipeLine> Lines)
{
    /// <summary>The line used in the baseline.</summary>
    public RecipeLine InUse => Lines[0];
    /// <summary>The alternatives a producer can switch to (empty for an ordinary line).</summary>
    public IEnumerable<RecipeLine> Alternatives => Lines.Skip(1);
    /// <summary>Group id, or null for an ordinary line.</summary>
    public string? Group => InUse.Alternative?.Group;
}

/// <summary>
/// Reads a recipe as requirements (docs/dataset.md, "Alternative groups"): ordinary lines stand alone, lines sharing
/// a group form one requirement met by any of them. Thread-safe (pure).
/// </summary>
public static class RecipeGroups
{
    /// <summary>Requirements of <paramref name="output"/> in file order of their first line.</summary>
    public static IReadOnlyList<Requirement> Of(Dataset dataset, string output)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return Of(dataset.InputsOf(output));
    }

    /// <summary>Requirements formed by <paramref name="lines"/> (all of one output).</summary>
    public static IReadOnlyList<Requirement> Of(IReadOnlyList<RecipeLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var result = new List<Requirement>(lines.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (line.Alternative is not { } a)
            {
                result.Add(new Requirement([line]));
                continue;
            }
            if (!seen.Add(a.Group)) continue;
            var members = lines.Where(l => l.Alternative?.Group == a.Group).ToList();
            var inUse = members.FindIndex(l => l.Alternative!.InUse);
            if (inUse > 0) (members[0], members[inUse]) = (members[inUse], members[0]);
            result.Add(new Requirement(members));
        }
        return result;
    }

    /// <summary>True when <paramref name="line"/> is an alternative not used in the baseline (baseline flows skip it).</summary>
    public static bool IsStandby(RecipeLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Alternative is { InUse: false };
    }
}
