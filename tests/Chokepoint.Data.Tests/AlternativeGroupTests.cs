using Chokepoint.Testing;

namespace Chokepoint.Data.Tests;

/// <summary>The optional alternative-group columns of recipes.csv: old files stay valid, every misuse names its field.</summary>
public sealed class AlternativeGroupTests
{
    private const string Header = "output,input,quantity,essential,source,group,switch_days,penalty,switch_source";

    private static DatasetFolder WithAlternative() => new(DatasetFolder.Valid()
        .Produced("a", ("AUS", 100)).InUse("p", "m", "g").Alternative("p", "a", "g", 2, 90, 0.1));

    [Fact]
    public void A_group_with_one_line_in_use_and_one_alternative_loads_clean()
    {
        using var data = WithAlternative();
        var result = data.Load();
        Expect.Clean(result);
        var alt = Assert.Single(result.Dataset!.Tables.Recipes, r => r.Input == "a").Alternative!;
        Assert.Equal(("g", 90.0, 0.1, "test"), (alt.Group, alt.SwitchDays!.Value, alt.Penalty, alt.SwitchSource!));
        Assert.True(result.Dataset.Tables.Recipes.Single(r => r.Input == "m").Alternative!.InUse);
    }

    [Fact]
    public void Switch_days_without_a_group_is_an_error_at_its_field()
    {
        using var data = new DatasetFolder().Write("recipes.csv", $"{Header}\np,m,1,true,test,,30,,test\n");
        var d = Expect.Error(data.Load(), data.PathOf("recipes.csv"), 2, 7);
        Expect.Names(d, "switch_days is set on a line without a group");
    }

    [Fact]
    public void An_alternative_without_switch_source_is_an_error_at_that_field()
    {
        using var data = WithAlternative();
        data.SetLine("recipes.csv", 3, "p,a,2,true,test,g,90,0.1,");
        var d = Expect.Error(data.Load(), data.PathOf("recipes.csv"), 3, 9);
        Expect.Names(d, "no switch_source", "expected the id of the source");
    }

    [Fact]
    public void A_group_whose_lines_all_have_switch_days_has_no_line_in_use()
    {
        using var data = WithAlternative();
        data.SetLine("recipes.csv", 2, "p,m,1,true,test,g,10,,test");
        var d = Expect.Error(data.Load(), data.PathOf("recipes.csv"), 2, 6);
        Expect.Names(d, "group 'g' of 'p' has 0 line(s) in use", "expected exactly one");
    }

    [Fact]
    public void Penalty_out_of_range_and_unknown_switch_source_are_errors()
    {
        using var data = WithAlternative();
        data.SetLine("recipes.csv", 3, "p,a,2,true,test,g,90,1.5,nowhere");
        var result = data.Load();
        Expect.Names(Expect.Error(result, data.PathOf("recipes.csv"), 3, 8), "1.5 in 'penalty' is above 1");
        data.SetLine("recipes.csv", 3, "p,a,2,true,test,g,90,0.1,nowhere");
        Expect.Names(Expect.Error(data.Load(), data.PathOf("recipes.csv"), 3, 9), "unknown source 'nowhere' in 'switch_source'");
    }

    [Fact]
    public void A_group_of_one_line_is_an_error()
    {
        using var data = new DatasetFolder().Write("recipes.csv", $"{Header}\np,m,1,true,test,g,,,\n");
        Expect.Names(Expect.Error(data.Load(), data.PathOf("recipes.csv"), 2, 6), "has one line", "at least one alternative");
    }
}
