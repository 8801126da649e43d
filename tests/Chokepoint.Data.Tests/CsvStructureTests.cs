namespace Chokepoint.Data.Tests;

/// <summary>Malformed CSV: quotes, column counts, missing columns, line numbers.</summary>
public sealed class CsvStructureTests : IDisposable
{
    private const string Production = "production.csv";
    private readonly DatasetFolder _data = new();

    [Fact]
    public void The_valid_fixture_loads_without_any_diagnostic()
    {
        var result = _data.Load();

        Expect.Clean(result);
        Assert.NotNull(result.Dataset);
    }

    [Fact]
    public void An_unbalanced_quote_is_an_error_on_the_line_where_the_quote_opens()
    {
        _data.SetLine(Production, 3, "m,\"AUS,2024,40,test,high,,");

        var result = _data.Load();

        var d = Expect.Error(result, _data.PathOf(Production), 3, 0);
        Expect.Names(d, "quoted field runs from line 3", "unbalanced quote", "expected every field on one line");
        Assert.Null(result.Dataset);
    }

    [Fact]
    public void A_quote_inside_an_unquoted_field_is_an_error_naming_the_row()
    {
        _data.SetLine(Production, 3, "m,A\"US,2024,40,test,high,,");

        var result = _data.Load();

        var d = Expect.Error(result, _data.PathOf(Production), 3, 0);
        Expect.Names(d, "A\"US", "expected RFC 4180 quoting");
    }

    [Fact]
    public void A_row_with_too_few_fields_is_an_error_at_the_first_missing_field()
    {
        _data.SetLine(Production, 3, "m,AUS,2024,40,test");

        var result = _data.Load();

        var d = Expect.Error(result, _data.PathOf(Production), 3, 6);
        Expect.Names(d, "row has 5 fields", "expected 8", "item,country,year,share_pct,source,confidence,quantity,quantity_unit");
    }

    [Fact]
    public void A_row_with_too_many_fields_is_an_error_at_the_first_extra_field()
    {
        _data.SetLine(Production, 3, "m,AUS,2024,40,test,high,,,surplus");

        var result = _data.Load();

        var d = Expect.Error(result, _data.PathOf(Production), 3, 9);
        Expect.Names(d, "row has 9 fields", "expected 8");
    }

    [Fact]
    public void A_missing_required_column_is_an_error_on_the_header_naming_the_column_and_the_header()
    {
        _data.SetLine("items.csv", 1, "id,name,unit,hs_codes,industry");

        var result = _data.Load();

        var d = Expect.Error(result, _data.PathOf("items.csv"), 1, 0);
        Expect.Names(d, "missing required column 'kind'", "header is 'id,name,unit,hs_codes,industry'", "expected at least id,name,kind,unit,hs_codes,industry");
        Assert.Null(result.Dataset);
    }

    [Fact]
    public void Columns_are_found_by_name_so_their_order_does_not_matter()
    {
        _data.Write("recipes.csv", "source,essential,quantity,input,output\ntest,true,1,m,p\n");

        Expect.Clean(_data.Load());
    }

    [Fact]
    public void Line_numbers_count_blank_lines_and_CRLF_line_ends()
    {
        // Regression: a row after a blank line was reported one line too early (line 3 here).
        _data.Write(Production,
            "item,country,year,share_pct,source,confidence\r\nm,CHN,2024,60,test,high\r\n\r\nm,AUS,2024,abc,test,high\r\np,USA,2024,100,test,high\r\n");

        var result = _data.Load();

        var d = Expect.Error(result, _data.PathOf(Production), 4, 4);
        Expect.Names(d, "'abc'");
    }

    [Fact]
    public void Cross_file_problems_point_at_the_field_where_it_is_when_columns_are_reordered()
    {
        // Regression: cross-file checks used the documented column positions, not the file's own.
        _data.Write("recipes.csv", "source,essential,quantity,input,output\nnope,true,1,zz,p\n");

        var result = _data.Load();

        var file = _data.PathOf("recipes.csv");
        Expect.Names(Expect.Error(result, file, 2, 1), "unknown source 'nope'");
        Expect.Names(Expect.Error(result, file, 2, 4), "unknown item 'zz'");
    }

    [Fact]
    public void A_missing_column_is_reported_on_the_header_line_after_leading_blank_lines()
    {
        _data.Write("countries.csv", "\n\niso3,groups\nCHN,\n");

        var d = Expect.Error(_data.Load(), _data.PathOf("countries.csv"), 3, 0);

        Expect.Names(d, "missing required column 'name'");
    }

    [Fact]
    public void Every_bad_row_is_reported_not_only_the_first()
    {
        _data.SetLine(Production, 2, "m,CHN,20x4,60,test,high,,")
            .SetLine(Production, 3, "m,AUS,2024,abc,test,high,,")
            .SetLine(Production, 4, "p,USA,2024,100,test,certain,,");

        var result = _data.Load();

        var file = _data.PathOf(Production);
        Expect.Names(Expect.Error(result, file, 2, 3), "'20x4'");
        Expect.Names(Expect.Error(result, file, 3, 4), "'abc'");
        Expect.Names(Expect.Error(result, file, 4, 6), "'certain'");
        Assert.Equal(3, result.Diagnostics.Count(d => d.File == file));
    }

    public void Dispose() => _data.Dispose();
}
