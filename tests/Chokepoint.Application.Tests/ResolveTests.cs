using Chokepoint.Application.Inputs;
using Chokepoint.Testing;

namespace Chokepoint.Application.Tests;

/// <summary>The one resolver: what both surfaces accept and how they refuse.</summary>
public sealed class ResolveTests
{
    private static Model.Dataset Data() => new DatasetBuilder()
        .Item("gallium").Item("germanium").Item("rare-earth-oxide").Produced("gallium", ("CHN", 98)).Produced("germanium", ("CHN", 60)).Build();

    [Fact]
    public void An_item_is_found_by_its_id_in_any_case_and_with_spaces_for_hyphens()
    {
        var d = Data();
        Assert.Equal("gallium", Resolve.Item(d, "Gallium", "--item").Id);
        Assert.Equal("rare-earth-oxide", Resolve.Item(d, "rare earth oxide", "item").Id);
    }

    [Fact]
    public void An_unknown_item_is_not_found_with_suggestions_naming_the_parameter()
    {
        var ex = Assert.Throws<RequestException>(() => Resolve.Item(Data(), "germanum", "product", "product"));
        Assert.Equal(ErrorKind.NotFound, ex.Kind);
        Assert.Equal("product", ex.Parameter);
        Assert.Contains("did you mean germanium", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-13-01", "is not a date")]
    [InlineData("0999-01-01", "out of range")]
    public void Dates_are_checked_for_form_and_plausibility_on_every_surface(string text, string expected)
    {
        var cli = Assert.Throws<RequestException>(() => Resolve.Date(text, Spell.Of(Surface.Cli, "as-of")));
        var web = Assert.Throws<RequestException>(() => Resolve.Date(text, Spell.Of(Surface.Web, "as-of")));
        Assert.Contains(expected, cli.Message, StringComparison.Ordinal);
        Assert.Equal(cli.Message.Replace("--as-of", "as_of", StringComparison.Ordinal), web.Message);
        Assert.Equal("as_of", web.Parameter);
    }

    [Fact]
    public void A_group_resolves_to_its_members_and_an_unknown_code_names_what_was_expected()
    {
        var d = Data();
        Assert.Equal(["CHN"], Resolve.CountryOrGroup(d, "chn", "target"));
        var ex = Assert.Throws<RequestException>(() => Resolve.Country(d, "Atlantis", "target"));
        Assert.Contains("ISO3", ex.Message, StringComparison.Ordinal);
    }
}
