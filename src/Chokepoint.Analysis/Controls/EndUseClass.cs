using Chokepoint.Model;

namespace Chokepoint.Analysis.Controls;

/// <summary>
/// The end-use class of the makers or buyers of an item in a country (issue 17 §2): the <c>end_use</c> of its
/// demand.csv row when it has one; otherwise <c>military</c> for an item of the <c>defence</c> industry (a component
/// made for weapons, e.g. an AESA radar) and <c>civil</c> for everything else. Measures that name end uses (a ban on
/// military users) apply to a flow by the class of the buyer that receives it.
/// </summary>
public static class EndUseClass
{
    /// <summary>Industry of items.csv whose makers are military end users unless demand.csv says otherwise.</summary>
    public const string DefenceIndustry = "defence";

    /// <summary>End-use class of the makers (or final buyers) of <paramref name="item"/> in <paramref name="country"/>.</summary>
    public static string Of(Dataset dataset, string item, string country)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        string? fromDemand = null;
        foreach (var d in dataset.Tables.Demand)
            if (d.Product == item && d.Country == country) fromDemand = d.EndUse;
        if (fromDemand is not null) return fromDemand;
        return dataset.Items.TryGetValue(item, out var it) && it.Industry == DefenceIndustry ? Names.MilitaryUse : Names.CivilUse;
    }
}
