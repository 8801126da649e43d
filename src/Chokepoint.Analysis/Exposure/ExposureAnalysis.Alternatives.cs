using Chokepoint.Model;

namespace Chokepoint.Analysis.Exposure;

/// <summary>Alternative groups in the static exposure (docs/model.md, "Substitution").</summary>
public sealed partial class ExposureAnalysis
{
    /// <summary>
    /// Leontief minimum over the essential requirements of <paramref name="item"/> made in <paramref name="country"/>,
    /// where an alternative group counts as its best-available alternative (the static bound is the state after
    /// every switching time has passed; capacity limits of the alternatives are left to the stress test).
    /// </summary>
    private double EssentialAvailability(string item, string country)
    {
        var min = 1.0;
        foreach (var requirement in RecipeGroups.Of(_dataset, item))
        {
            if (!requirement.InUse.Essential) continue;
            var best = 0.0;
            foreach (var line in requirement.Lines)
                best = Math.Max(best, InputAvailable(item, line.Input, country));
            min = Math.Min(min, best);
        }
        return min;
    }

    /// <summary>
    /// The alternative of a group that the static bound switches to for a producer of <paramref name="item"/> in
    /// <paramref name="country"/>: the best-available line of each group whose line in use is short, or nothing when
    /// the line in use is at least as available as every alternative.
    /// </summary>
    public IReadOnlyList<(Requirement Requirement, RecipeLine Chosen, double Available)> Switches(string item, string country)
    {
        var result = new List<(Requirement, RecipeLine, double)>();
        foreach (var requirement in RecipeGroups.Of(_dataset, item))
        {
            if (requirement.Lines.Count < 2) continue;
            var inUse = InputAvailable(item, requirement.InUse.Input, country);
            RecipeLine? chosen = null;
            var best = inUse;
            foreach (var line in requirement.Alternatives)
            {
                var a = InputAvailable(item, line.Input, country);
                if (a > best + 1e-12) { best = a; chosen = line; }
            }
            if (chosen is not null) result.Add((requirement, chosen, best));
        }
        return result;
    }
}
