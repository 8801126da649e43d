namespace Chokepoint.Data.Tests;

/// <summary>Row-level values: required fields, types, ranges, choices, duplicate keys.</summary>
public sealed class FieldValueTests : IDisposable
{
    private const string Production = "production.csv";
    private readonly DatasetFolder _data = new();

    [Fact]
    public void An_empty_required_field_is_an_error_naming_the_column()
    {
        _data.SetLine("items.csv", 2, "m,,refined,t,,test");

        var result = _data.Load();

        var d = Expect.Error(result, _data.PathOf("items.csv"), 2, 2);
        Expect.Names(d, "empty required field 'name'", "expected a value");
        Assert.Null(result.Dataset);
    }

    [Fact]
    public void A_share_that_is_not_a_number_is_an_error_naming_the_value()
    {
        _data.SetLine(Production, 3, "m,AUS,2024,abc,test,high,,");

        var d = Expect.Error(_data.Load(), _data.PathOf(Production), 3, 4);

        Expect.Names(d, "'abc' in 'share_pct' is not a number", "expected a decimal");
    }

    [Fact]
    public void A_year_that_is_not_an_integer_is_an_error_naming_the_value()
    {
        _data.SetLine(Production, 3, "m,AUS,20x4,40,test,high,,");

        var d = Expect.Error(_data.Load(), _data.PathOf(Production), 3, 3);

        Expect.Names(d, "'20x4' in 'year' is not an integer", "expected a whole number between 1900 and 2100");
    }

    [Theory]
    [InlineData("100.1", "above 100", "expected 0 to 100")]
    [InlineData("-5", "negative", "expected a value ≥ 0")]
    public void A_share_outside_0_to_100_is_an_error(string share, string problem, string expected)
    {
        _data.SetLine(Production, 3, $"m,AUS,2024,{share},test,high,,");

        var d = Expect.Error(_data.Load(), _data.PathOf(Production), 3, 4);

        Expect.Names(d, share, problem, expected);
    }

    [Fact]
    public void A_negative_recipe_quantity_is_an_error()
    {
        _data.SetLine("recipes.csv", 2, "p,m,-2,true,test");

        var result = _data.Load();

        var d = Expect.Error(result, _data.PathOf("recipes.csv"), 2, 3);
        Expect.Names(d, "-2 in 'quantity' is negative", "expected a value ≥ 0");
        Assert.Null(result.Dataset);
    }

    [Fact]
    public void An_unknown_item_kind_is_an_error_listing_the_valid_kinds()
    {
        _data.SetLine("items.csv", 2, "m,m,mineral,t,,test");

        var d = Expect.Error(_data.Load(), _data.PathOf("items.csv"), 2, 3);

        Expect.Names(d, "unknown kind 'mineral'", "expected one of raw, refined, component, product, technology, equipment");
    }

    [Fact]
    public void An_unknown_confidence_is_an_error_listing_the_valid_levels()
    {
        _data.SetLine(Production, 3, "m,AUS,2024,40,test,sure,,");

        var d = Expect.Error(_data.Load(), _data.PathOf(Production), 3, 6);

        Expect.Names(d, "unknown confidence 'sure'", "expected one of high, medium, low");
    }

    [Fact]
    public void An_id_that_is_not_lowercase_kebab_is_an_error()
    {
        _data.SetLine("items.csv", 2, "Rare_Earth,m,raw,t,,test");

        var d = Expect.Error(_data.Load(), _data.PathOf("items.csv"), 2, 1);

        Expect.Names(d, "'Rare_Earth' in 'id' is not a lowercase-kebab id", "expected e.g. 'refined-lithium'");
    }

    [Fact]
    public void A_country_that_is_not_iso3_is_an_error()
    {
        _data.SetLine(Production, 3, "m,Australia,2024,40,test,high,,");

        var d = Expect.Error(_data.Load(), _data.PathOf(Production), 3, 2);

        Expect.Names(d, "'Australia' in 'country'", "expected three capital letters");
    }

    [Fact]
    public void A_boolean_that_is_not_true_or_false_is_an_error()
    {
        _data.SetLine("recipes.csv", 2, "p,m,1,maybe,test");

        var d = Expect.Error(_data.Load(), _data.PathOf("recipes.csv"), 2, 4);

        Expect.Names(d, "'maybe' in 'essential' is not a boolean", "expected true or false");
    }

    [Fact]
    public void A_non_digit_hs_code_is_an_error()
    {
        _data.SetLine("items.csv", 2, "m,m,refined,t,8505.11,test");

        var d = Expect.Error(_data.Load(), _data.PathOf("items.csv"), 2, 5);

        Expect.Names(d, "'8505.11'", "expected e.g. 850511");
    }

    [Fact]
    public void A_duplicate_key_is_an_error_naming_the_key_and_the_first_line()
    {
        _data.Append(Production, "m,CHN,2024,10,test,low,,");

        var result = _data.Load();

        var d = Expect.Error(result, _data.PathOf(Production), 5, 1);
        Expect.Names(d, "duplicate item,country,year 'm,CHN,2024'", "first on line 2", "expected each key once per file");
        Assert.Null(result.Dataset);
    }

    [Fact]
    public void A_recipe_whose_input_is_its_output_is_an_error()
    {
        _data.SetLine("recipes.csv", 2, "p,p,1,true,test");

        var d = Expect.Error(_data.Load(), _data.PathOf("recipes.csv"), 2, 2);

        Expect.Names(d, "'p' is its own input", "expected a different item");
    }

    public void Dispose() => _data.Dispose();
}
