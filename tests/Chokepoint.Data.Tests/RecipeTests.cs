using Chokepoint.Testing;

namespace Chokepoint.Data.Tests;

/// <summary>Recipes: cycles are errors printed as a path; inputs nobody produces are warnings.</summary>
public sealed class RecipeTests
{
    [Fact]
    public void A_recipe_cycle_is_an_error_printed_as_a_path()
    {
        using var data = new DatasetFolder(new DatasetBuilder()
            .Produced("a", ("CHN", 100)).Produced("b", ("CHN", 100))
            .Recipe("a", "b").Recipe("b", "a"));

        var result = data.Load();

        var d = Expect.Error(result, data.PathOf("recipes.csv"), 3, 2);
        Expect.Names(d, "recipes form a cycle: a -> b -> a", "expected inputs to lead down to raw materials");
        Assert.Null(result.Dataset);
    }

    [Fact]
    public void A_longer_cycle_is_reported_once_with_every_step()
    {
        using var data = new DatasetFolder(new DatasetBuilder()
            .Produced("a", ("CHN", 100)).Produced("b", ("CHN", 100)).Produced("c", ("CHN", 100))
            .Recipe("a", "b").Recipe("b", "c").Recipe("c", "a"));

        var result = data.Load();

        var cycle = Assert.Single(result.Diagnostics, x => x.Message.Contains("cycle", StringComparison.Ordinal));
        Expect.Names(cycle, "a -> b -> c -> a");
    }

    [Fact]
    public void A_diamond_is_not_a_cycle()
    {
        using var data = new DatasetFolder(new DatasetBuilder()
            .Produced("ore", ("CHN", 100)).Produced("x", ("CHN", 100)).Produced("y", ("CHN", 100))
            .Product("p").Recipe("p", "x").Recipe("p", "y").Recipe("x", "ore").Recipe("y", "ore"));

        Expect.Clean(data.Load());
    }

    [Fact]
    public void An_input_without_production_rows_is_a_warning_on_the_first_recipe_that_uses_it()
    {
        using var data = new DatasetFolder(new DatasetBuilder()
            .Produced("m", ("CHN", 100)).Item("unmade")
            .Product("p").Product("q").Recipe("p", "m").Recipe("p", "unmade").Recipe("q", "unmade"));

        var result = data.Load();

        var d = Expect.Warning(result, data.PathOf("recipes.csv"), 3, 2);
        Expect.Names(d, "item 'unmade' is used as an input but has no rows in production.csv");
        Assert.Single(result.Diagnostics);
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void A_deep_recipe_chain_is_checked_without_recursion()
    {
        var b = new DatasetBuilder();
        const int depth = 5000;
        for (var i = 0; i <= depth; i++) b.Produced($"i{i}", ("CHN", 100));
        for (var i = 0; i < depth; i++) b.Recipe($"i{i}", $"i{i + 1}");
        using var data = new DatasetFolder(b);

        Expect.Clean(data.Load());
    }
}
