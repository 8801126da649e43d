using Chokepoint.Model;

namespace Chokepoint.Analysis.Screening;

/// <summary>A part whose screening result differs between two dates.</summary>
/// <param name="Before">The screen on the first date.</param>
/// <param name="After">The screen on the second date.</param>
public sealed record PartChange(PartScreen Before, PartScreen After)
{
    /// <summary>The parts of <paramref name="rows"/> whose verdict or measures in force, announced or suspended differ between <paramref name="since"/> and <paramref name="until"/>.</summary>
    public static IReadOnlyList<PartChange> Between(Dataset dataset, IEnumerable<PartRow> rows, string destination, DateOnly since, DateOnly until)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var before = new PartScreener(dataset, destination, since);
        var after = new PartScreener(dataset, destination, until);
        var result = new List<PartChange>();
        foreach (var row in rows)
        {
            var b = before.Screen(row);
            var a = after.Screen(row);
            if (b.Verdict != a.Verdict || !b.InForce.SequenceEqual(a.InForce) || !b.Announced.SequenceEqual(a.Announced) || !b.Suspended.SequenceEqual(a.Suspended)
                || !b.DependsOnEndUse.SequenceEqual(a.DependsOnEndUse))
                result.Add(new PartChange(b, a));
        }
        return result;
    }
}
