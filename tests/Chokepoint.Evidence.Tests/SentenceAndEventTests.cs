using Chokepoint.Evidence.Extraction;
using Chokepoint.Evidence.Tagging;
using Chokepoint.Evidence.Text;

namespace Chokepoint.Evidence.Tests;

public sealed class SentenceAndEventTests
{
    [Fact]
    public void Splitter_keeps_abbreviations_and_splits_chinese_punctuation()
    {
        var sentences = SentenceSplitter.Split("The U.S. imports magnets. It buys 3.5% more.中国控制稀土。美国不控制！");
        Assert.Equal(["The U.S. imports magnets.", "It buys 3.5% more.", "中国控制稀土。", "美国不控制！"], sentences.Select(s => s.Text));
    }

    [Fact]
    public void Sentence_offsets_point_into_the_text()
    {
        const string text = "First one here.  China mines 60% of rare earths.";
        var s = SentenceSplitter.Split(text)[1];
        Assert.Equal(s.Text, text[s.Start..s.End]);
    }

    [Fact]
    public void Licence_event_reads_issuer_kind_concepts_and_a_date_completed_by_the_reference_year()
    {
        const string text = "The commerce ministry started requiring licences for exports of rare earths and related magnets in early April.";
        var e = ControlEventExtractor.Extract(new Sentence(0, text.Length, text), 2025)!;

        Assert.Equal("CHN", e.Issuer);
        Assert.Equal("licence", e.Kind);
        Assert.Equal(["magnet", "rare-earth"], e.Concepts);
        Assert.Equal("in early April", e.DateText);
        Assert.Equal("2025-04", e.Date);
    }

    [Fact]
    public void Ban_on_technology_is_a_technology_ban_with_an_exact_date()
    {
        const string text = "On December 21, 2023, Beijing banned the export of rare earth separation technology.";
        var e = ControlEventExtractor.Extract(new Sentence(0, text.Length, text), null)!;
        Assert.Equal(("CHN", "technology-ban", "2023-12-21"), (e.Issuer, e.Kind, e.Date));
    }

    [Fact]
    public void Chinese_suspension_is_found_with_its_date()
    {
        const string text = "商务部宣布自2025年11月10日起暂停稀土出口管制措施。";
        var e = ControlEventExtractor.Extract(new Sentence(0, text.Length, text), null)!;
        Assert.Equal(("CHN", "suspension", "2025-11-10"), (e.Issuer, e.Kind, e.Date));
    }

    [Theory]
    [InlineData("Beijing is using its grip on magnets to press the U.S. to pause its own curbs on chip exports.", "USA", "restriction")]
    [InlineData("Washington urged Beijing to lift its ban on gallium exports.", "CHN", "ban")]
    [InlineData("Brussels called on China to suspend the licence requirement for magnets.", "CHN", "licence")]
    [InlineData("The commerce ministry lifted the ban on gallium exports to the US.", "CHN", "suspension")]
    public void A_suspension_asked_for_is_not_one_that_happened(string text, string issuer, string kind)
    {
        var e = ControlEventExtractor.Extract(new Sentence(0, text.Length, text), 2025)!;
        Assert.Equal((issuer, kind), (e.Issuer, e.Kind));
    }

    [Fact]
    public void Sentence_without_a_measure_has_no_event()
    {
        const string text = "Exporters shipped more magnets to Europe in May.";
        Assert.Null(ControlEventExtractor.Extract(new Sentence(0, text.Length, text), 2025));
    }

    [Fact]
    public void Tagger_finds_english_and_chinese_industry_terms_and_keeps_them()
    {
        var tags = IndustryTagger.Tag("稀土 supply and 锂电池 cathodes; 芯片 and 成熟制程; 医药原料 and APIs.");
        var byIndustry = tags.ToDictionary(t => t.Industry, t => t.Terms);
        Assert.Contains("稀土", byIndustry["rare-earths"]);
        Assert.Contains("锂电池", byIndustry["batteries"]);
        Assert.Contains("成熟制程", byIndustry["semiconductors"]);
        Assert.Contains("医药原料", byIndustry["pharma"]);
    }
}
