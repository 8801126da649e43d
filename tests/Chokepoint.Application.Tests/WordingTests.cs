using Chokepoint.Application.Wording;
using Chokepoint.Simulation.MonteCarlo;

namespace Chokepoint.Application.Tests;

/// <summary>One vocabulary and no false precision (issue 20 §1, §3).</summary>
public sealed class WordingTests
{
    [Theory]
    [InlineData(21_003_033.33, "21,000,000")]
    [InlineData(1234.5678, "1,230")]
    [InlineData(12.345, "12.3")]
    [InlineData(0.012345, "0.0123")]
    [InlineData(0, "0")]
    public void Quantities_keep_three_significant_figures(double x, string expected) => Assert.Equal(expected, Format.Quantity(x));

    [Theory]
    [InlineData("output,output", "world production shares")]
    [InlineData("export-proxy,export-proxy", "world export shares (standing in for production)")]
    [InlineData("capacity", "world capacity shares")]
    [InlineData("output,capacity", "world shares (basis per row)")]
    public void A_shares_table_is_titled_by_what_its_rows_measure(string bases, string expected) =>
        Assert.Equal(expected, ShareLabels.TableTitle(bases.Split(',')));

    [Fact]
    public void Tts_and_ttr_have_one_word_each_for_no_shortfall_and_no_recovery()
    {
        Assert.Equal("none", Words.Tts(null));
        Assert.Equal("not recovered", Words.Ttr(null, 40));
        Assert.Equal("none", Words.Ttr(null, null));
        Assert.Equal("12 (none–30)", Words.Tts(new Stat(12, null, 30), many: true));
    }

    [Fact]
    public void A_result_row_reads_made_in_or_bought_by()
    {
        Assert.Equal("made in", Words.Meaning("product"));
        Assert.Equal("bought by", Words.Meaning("demand"));
    }
}
