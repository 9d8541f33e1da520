using DiplomacyPortal.Core.Extraction;

namespace DiplomacyPortal.Core.Tests.Extraction;

/// <summary>Where real copy cuts names: transliterations built of common words, titles glued to names, phrases after titles.</summary>
public sealed class NameBoundaryTests
{
    private static IReadOnlyList<ExtractedOfficial> Find(params string[] paragraphs) =>
        OfficialFinder.Default.Find([.. paragraphs.Select(p => new ArticleText(ArticlePart.Body, p))]);

    private static List<string> Names(params string[] paragraphs) => [.. Find(paragraphs).Select(o => o.Name)];

    [Theory]
    [InlineData("老挝国会副主席娜莉·坎都出席会见。", "娜莉·坎都")]
    [InlineData("老挝国会主席巴妮·雅陶都热烈欢迎越南代表团。会见时,巴妮·雅陶都表示感谢。", "巴妮·雅陶都")]
    [InlineData("越南国家主席会见经合组织秘书长马蒂亚斯·科尔曼时,建议双方加强合作。", "马蒂亚斯·科尔曼")]
    public void A_transliteration_keeps_the_characters_that_are_words_elsewhere(string text, string name) =>
        Assert.Equal([name], Names(text).Where(n => n != "越南国家主席"));

    [Fact]
    public void A_name_ends_before_时_when_a_verb_follows()
    {
        var names = Names("日本外相林芳正在东京会见越南客人。", "越南外交部长裴青山会见林芳正时表示,越方重视越日关系。");

        Assert.Contains("林芳正", names);
        Assert.DoesNotContain(names, n => n.EndsWith('时'));
    }

    [Fact]
    public void A_title_is_not_glued_to_the_name_after_it()
    {
        var official = Assert.Single(Find("越南国会主席陈青敏会见老挝国会主席赛宋蓬·丰威汉。"), o => o.CountryCode == "LA");

        Assert.Equal(("赛宋蓬·丰威汉", "国会主席"), (official.Name, official.Title));
    }

    [Theory]
    [InlineData("老挝人民革命党中央委员会总书记通伦·西苏里会见越南客人。", "通伦·西苏里")]
    [InlineData("越共中央书记处常务书记陈锦秀出席。", "陈锦秀")]
    public void A_title_inside_an_institutions_name_reads_no_name(string text, string name) =>
        Assert.Equal([name], Names(text));

    [Theory]
    [InlineData("他以总理特使的身份出席活动。")]
    [InlineData("他在部长的岗位上做出了贡献。")]
    [InlineData("这是日本首相此次访越的第一站。")]
    [InlineData("这是阿根廷总统资格首次访问越南。")]
    [InlineData("两国外长第六次会议在堪培拉举行。")]
    public void Phrases_after_a_title_are_not_names(string text) => Assert.Empty(Find(text));

    [Fact]
    public void A_run_between_two_titles_without_evidence_is_left_out_with_a_reason()
    {
        var doubtful = new List<string>();

        var found = OfficialFinder.Default.Find([new ArticleText(ArticlePart.Body, "柬埔寨首相直管部长出席仪式。")], doubtful);

        Assert.Empty(found);
        Assert.Equal(["直管"], doubtful);
    }

    [Theory]
    [InlineData("俄罗斯总统弗拉基米尔·普京会见越南客人。普京表示欢迎。", "弗拉基米尔·普京", "普京")]
    [InlineData("印尼总统佐科·维多多出席。佐科表示感谢。", "佐科·维多多", "佐科")]
    [InlineData("老挝国会主席巴妮•雅陶都出席。巴妮·雅陶都强调两国友谊。", "巴妮·雅陶都", "巴妮•雅陶都")]
    [InlineData("老挝国家主席本扬·沃拉吉会见越南客人。会见时,本扬表示感谢。", "本扬·沃拉吉", "本扬")]
    public void The_short_and_the_full_form_and_the_two_dots_of_one_person_are_one_official_under_the_fullest(string text, string fullest, string other)
    {
        var official = Assert.Single(Find(text), o => o.Name == fullest);

        Assert.Contains(other, official.OtherForms);
        Assert.Equal(2, official.Mentions);
        Assert.DoesNotContain(Find(text), o => o.Name == other);
    }

    [Fact]
    public void A_known_official_keeps_the_gazetteers_key_whatever_form_the_text_writes()
    {
        var official = Assert.Single(Find("俄罗斯总统弗拉基米尔·普京表示欢迎。"));

        Assert.Equal(("弗拉基米尔·普京", "普京", "Vladimir Putin"), (official.Name, official.Key, official.LatinName));
    }

    [Fact]
    public void A_transliterated_name_with_its_latin_spelling_is_an_official_without_a_title()
    {
        var names = Names("越南领导人致电祝贺本扬·沃拉吉(Bounnhang Vorachith)当选老挝国家主席。");

        Assert.Equal(["本扬·沃拉吉"], names);
    }

    [Theory]
    [InlineData("越南国家主席访问了克里姆林宫。")]
    [InlineData("德国康拉德·阿登纳基金会代表出席研讨会。")]
    [InlineData("法国巴黎第一大学教授托马斯·恩格尔伯特(Thomas Engelbert)出席。")]
    public void Words_that_contain_a_name_or_name_an_organisation_are_not_officials(string text) =>
        Assert.DoesNotContain(Names(text), n => n.Length > 0 && !n.StartsWith("越南", StringComparison.Ordinal));

    [Fact]
    public void A_name_read_one_character_too_far_is_joined_with_its_shorter_form()
    {
        var names = Names("越南记者协会常务副主席胡光利从9月6日至12日率团访华。", "访问期间,胡光利与中国记协领导举行会谈。");

        Assert.Equal(["胡光利"], names);
    }

    [Fact]
    public void A_transliteration_found_without_a_title_is_one_mention_in_the_part_it_stands_in()
    {
        var official = Assert.Single(OfficialFinder.Default.Find([new ArticleText(ArticlePart.Headline, "越南客人会见了伊万·彼得连科总理")]));

        Assert.Equal(("伊万·彼得连科", 1), (official.Name, official.Mentions));
        Assert.Equal([ArticlePart.Headline], official.Parts);
    }

    [Fact]
    public void An_official_of_an_international_body_does_not_take_the_partners_country()
    {
        var text = "越老两国外长举行会谈\n\n越通社万象——5月2日,越南外交部长与老挝外交部长举行会谈,双方就联合国秘书长安东尼奥·古特雷斯的倡议交换意见。(完)\n";

        var result = Core.Reading.ArticleFileReader.Default.Read(System.Text.Encoding.UTF8.GetBytes(text), "un.txt");

        var guterres = Assert.Single(result.Analysis!.Officials, o => o.Name == "安东尼奥·古特雷斯");
        Assert.Null(guterres.CountryCode);
    }

    [Fact]
    public void A_known_official_keeps_the_gazetteers_country_when_the_sentence_opens_with_another()
    {
        var official = Assert.Single(Find("印尼媒体高度关注越共中央总书记苏林访印"));

        Assert.Equal(("苏林", "VN", "越共中央总书记"), (official.Name, official.CountryCode, official.Title));
    }
}
