using Chokepoint.Analysis.Controls;
using Chokepoint.Analysis.Exposure;
using Chokepoint.Data;
using Chokepoint.Model;

namespace Chokepoint.Analysis.Tests;

/// <summary>
/// The default registry's end dates against their texts (issue 17 §5): <c>ended</c> is the first day a measure no longer
/// applies, so a text that runs "until" or "through" a day ends the day after. Each case names its source.
/// </summary>
public sealed class DefaultRegistryDatesTests
{
    private static readonly Lazy<Dataset> Data = new(() => DatasetLoader.LoadDefault().Dataset
        ?? throw new InvalidOperationException("default dataset has errors"));

    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    // Recorded dates, without the review date: what the texts say.
    private static MeasureStatus? Status(string id, string date) =>
        new MeasureResolver(Data.Value.Tables.Controls).StatusOn(Data.Value.Measures[id], D(date));

    [Theory]
    // BIS final rule: suspension "from November 10, 2025 through November 9, 2026" (us-bis-affiliates-suspension-bassberry);
    // reimposed "effective November 10, 2026" (us-bis-affiliates-suspension-lewisbrisbois).
    [InlineData("USA-BIS-2025-09-29", "2025-11-09", MeasureStatus.InForce)]
    [InlineData("USA-BIS-2025-09-29", "2025-11-10", MeasureStatus.Suspended)]
    [InlineData("USA-BIS-2025-09-29", "2026-11-09", MeasureStatus.Suspended)]
    [InlineData("USA-BIS-2025-09-29", "2026-11-10", MeasureStatus.InForce)]
    // MOFCOM No. 70: suspended "from today until 10 November 2026" (cn-2025-70-cna), the last day inclusive.
    [InlineData("CHN-MOFCOM-2025-61", "2026-11-10", MeasureStatus.Suspended)]
    [InlineData("CHN-MOFCOM-2025-61", "2026-11-11", MeasureStatus.InForce)]
    // MOFCOM No. 72: clause 2 of No. 46 suspended "from Sunday until Nov. 27, 2026" (cn-2025-72-pakistantoday).
    [InlineData("CHN-MOFCOM-2024-46-GA", "2026-11-27", MeasureStatus.Suspended)]
    [InlineData("CHN-MOFCOM-2024-46-GA", "2026-11-28", MeasureStatus.InForce)]
    // DRC: ban extended to 15 October 2025, quotas from 16 October (drc-arecoms-quota).
    [InlineData("COD-ARECOMS-2025-COBALT", "2025-10-15", MeasureStatus.InForce)]
    [InlineData("COD-ARECOMS-2025-COBALT", "2025-10-16", MeasureStatus.Ended)]
    [InlineData("COD-ARECOMS-2025-QUOTA", "2025-10-15", MeasureStatus.Announced)]
    [InlineData("COD-ARECOMS-2025-QUOTA", "2025-10-16", MeasureStatus.InForce)]
    // Quotas set for 2026 and 2027 (drc-arecoms-quota).
    [InlineData("COD-ARECOMS-2025-QUOTA", "2027-12-31", MeasureStatus.InForce)]
    [InlineData("COD-ARECOMS-2025-QUOTA", "2028-01-01", MeasureStatus.Ended)]
    public void End_dates_follow_the_texts(string id, string date, MeasureStatus expected)
    {
        Assert.Equal(expected, Status(id, date));
    }

    [Fact]
    public void Clause_1_of_no_46_covers_samarium_for_us_military_users_after_it_joined_the_dual_use_list()
    {
        var rows = ControlQuery.Run(Data.Value, new ControlFilter { AsOf = D("2025-11-20"), Item = "samarium-metal", Target = "USA" });
        var clause1 = Assert.Single(rows, r => r.Measure.Id.StartsWith("CHN-MOFCOM-2024-46-MIL", StringComparison.Ordinal));
        Assert.Equal(MeasureKind.Ban, clause1.Measure.Kind);
        Assert.Equal([Names.MilitaryUse], clause1.Measure.EndUses);
        Assert.DoesNotContain(ControlQuery.Run(Data.Value, new ControlFilter { AsOf = D("2025-03-01"), Item = "samarium-metal", Target = "USA" }),
            r => r.Measure.Id.StartsWith("CHN-MOFCOM-2024-46-MIL", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("tungsten", "2025-02-04")]
    [InlineData("dysprosium-oxide", "2025-04-04")]
    [InlineData("terbium-oxide", "2025-04-04")]
    [InlineData("yttrium-oxide", "2025-04-04")]
    public void Clause_1_follows_the_dual_use_list_as_it_grew_in_2025(string item, string joined)
    {
        var rows = ControlQuery.Run(Data.Value, new ControlFilter { AsOf = D(joined), Item = item, Target = "USA" });
        Assert.Contains(rows, r => r.Measure.Id.StartsWith("CHN-MOFCOM-2024-46-MIL", StringComparison.Ordinal) && r.Status == MeasureStatus.InForce);
    }

    [Fact]
    public void Zimbabwes_ban_on_raw_ore_does_not_reach_its_concentrate()
    {
        var blockade = Blockade.AsOf(Data.Value, D("2025-06-01"));
        Assert.Equal(1.0, blockade.Pass("lithium-ore", "ZWE", "CHN"), 9);
    }

    [Fact]
    public void Us_defence_demand_is_military_and_car_demand_civil()
    {
        Assert.Equal(Names.MilitaryUse, EndUseClass.Of(Data.Value, "guided-missile", "USA"));
        Assert.Equal(Names.CivilUse, EndUseClass.Of(Data.Value, "conventional-car", "USA"));
    }

    [Fact]
    public void Sanctions_name_their_firms()
    {
        var ecl = Data.Value.Measures["CHN-MOFCOM-2025-ECL-1"];
        Assert.Equal(MeasureKind.Sanction, ecl.Kind);
        Assert.Contains("lockheed-martin", ecl.FirmTargets);
        Assert.False(MeasureResolver.IsGoodsRestriction(ecl));
    }
}
