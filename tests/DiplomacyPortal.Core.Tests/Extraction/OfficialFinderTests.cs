using DiplomacyPortal.Core.Extraction;

namespace DiplomacyPortal.Core.Tests.Extraction;

public sealed class OfficialFinderTests
{
    private static IReadOnlyList<ExtractedOfficial> Find(string body) =>
        OfficialFinder.Default.Find([new ArticleText(ArticlePart.Body, body)]);

    [Fact]
    public void Reads_title_country_and_name_of_a_known_official()
    {
        var official = Assert.Single(Find("越南政府副总理兼外交部长范平明与来越访问的中国国务委员兼外交部长王毅举行了会谈。"), o => o.Name == "王毅");

        Assert.Equal(("CN", "国务委员兼外交部长", "Wang Yi"), (official.CountryCode, official.Title, official.LatinName));
    }

    [Theory]
    [InlineData("越南外交部副部长黎文宁会见了到访的客人。", "黎文宁", "VN", "外交部副部长")]
    [InlineData("老挝国会主席赛宋蓬·丰威汉在万象会见越方代表团。", "赛宋蓬·丰威汉", "LA", "国会主席")]
    [InlineData("印度尼西亚国防部长谢夫里·沙姆索丁(Sjafrie Sjamsoeddin)出席仪式。", "谢夫里·沙姆索丁", "ID", "国防部长")]
    [InlineData("日本外务大臣岩屋毅表示欢迎。", "岩屋毅", "JP", "外务大臣")]
    [InlineData("韩国国会议长禹元植会见越南客人。", "禹元植", "KR", "国会议长")]
    [InlineData("柬埔寨副首相兼外交与国际合作大臣宋金达致贺电。", "宋金达", "KH", "副首相兼外交与国际合作大臣")]
    [InlineData("胡志明市人民委员会主席潘文买会见中国大使。", "潘文买", "VN", "胡志明市人民委员会主席")]
    [InlineData("中央宣教与民运部部长郑文决在河内会见老挝客人。", "郑文决", "VN", "中央宣教与民运部部长")]
    [InlineData("出席会见的有越南外交部副部长阮明武。", "阮明武", "VN", "外交部副部长")]
    [InlineData("越南国会副主席、越南-日本友好议员小组主席阮德海表示欢迎。", "阮德海", "VN", "国会副主席、越南-日本友好议员小组主席")]
    [InlineData("韩国外交部长官赵兑烈表示。", "赵兑烈", "KR", "外交部长官")]
    [InlineData("法国外交部长让-诺埃尔·巴罗表示。", "让-诺埃尔·巴罗", "FR", "外交部长")]
    [InlineData("俄罗斯联邦委员会主席马特维延科表示。", "马特维延科", "RU", "委员会主席")]
    [InlineData("新西兰总理克里斯托弗·卢克森表示。", "克里斯托弗·卢克森", "NZ", "总理")]
    [InlineData("老挝驻越南大使森拉冯·丰沙瓦出席。", "森拉冯·丰沙瓦", "LA", "驻越南大使")]
    public void Finds_officials_missing_from_the_gazetteer_through_their_titles(string text, string name, string country, string title)
    {
        var official = Assert.Single(Find(text), o => o.Name == name);

        Assert.Equal((country, title), (official.CountryCode, official.Title));
    }

    [Fact]
    public void Reads_the_latin_name_in_brackets()
    {
        var official = Assert.Single(Find("应俄罗斯外交部部长拉夫罗夫(Sergey Lavrov)的邀请,双方会谈。"));

        Assert.Equal("Sergey Lavrov", official.LatinName);
    }

    [Fact]
    public void The_same_person_under_several_titles_is_one_official()
    {
        var officials = Find("越南政府副总理兼外交部长范平明出席会议。越共中央政治局委员、政府常务副总理范平明表示欢迎。范平明强调合作。");

        var minh = Assert.Single(officials);
        Assert.Equal(3, minh.Mentions);
        Assert.Equal(2, minh.Titles.Count);
    }

    [Fact]
    public void A_transliterated_name_and_its_surname_alone_are_one_official()
    {
        var official = Assert.Single(Find("泰国总理阿努廷·参威拉恭会见越方客人。参威拉恭表示欢迎。"));

        Assert.Equal(("阿努廷·参威拉恭", 2), (official.Name, official.Mentions));
    }

    [Theory]
    [InlineData("会谈场景。越通社记者 林庆 摄")]
    [InlineData("日本记者中村五郎接受了采访。")]
    [InlineData("范平明向胡志明主席塑像敬献花圈。", "范平明")]
    [InlineData("越南作为东盟轮值主席国和联合国安理会非常任理事国。")]
    [InlineData("两位总理再次重申两国关系的重要性。")]
    [InlineData("越南政府副总理兼外交部部长范平明与俄罗斯外交部部长举行会谈", "范平明")]
    [InlineData("在两党两国最高领导人的坚强领导下。")]
    public void Journalists_historical_figures_and_prose_are_not_officials(string text, string? only = null) =>
        Assert.Equal(only is null ? [] : [only], Find(text).Select(o => o.Name));

    [Fact]
    public void A_name_before_a_second_titled_name_ends_the_second_title()
    {
        var officials = Find("越共中央总书记阮富仲、国家主席阮春福、政府总理范明政已分别与中共中央总书记、国家主席习近平通电话。");

        Assert.Equal(["阮富仲", "阮春福", "范明政", "习近平"], officials.Select(o => o.Name));
        Assert.Equal("国家主席", officials[1].Title);
        Assert.Equal("中共中央总书记、国家主席", officials[3].Title);
        Assert.Equal("CN", officials[3].CountryCode);
    }
}
