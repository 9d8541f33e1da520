using System.Globalization;
using System.Text;
using DiplomacyPortal.Core.Gazetteer;

namespace DiplomacyPortal.Bench;

/// <summary>
/// Generates VNA-style article files reproducibly from a seed: both page templates, many partners and
/// officials (known and invented), datelines with and without dates, photos, related lists and bodies of
/// realistic length, so that parsing, importing and browsing are measured on data shaped like the real thing.
/// </summary>
public sealed class SyntheticCorpus(int seed)
{
    private static readonly string[] Partners = ["CN", "LA", "KH", "RU", "US", "JP", "KR", "IN", "FR", "DE", "GB", "TH", "SG", "MY", "ID", "PH", "AU", "CU", "HU", "MN", "BY", "IT", "CA", "BR"];
    private static readonly (string Headline, string Verb)[] Types =
    [
        ("举行会谈", "举行会谈"), ("通电话", "通电话"), ("举行视频会议", "举行视频会议"), ("会见", "会见了"), ("进行正式访问", "进行正式访问"), ("举行政治磋商", "举行政治磋商"),
    ];
    private static readonly string[] Places = ["河内", "胡志明市", "北京", "万象", "金边", "莫斯科", "华盛顿", "东京", "首尔", "新德里", "巴黎", "柏林", "伦敦", "曼谷"];
    private static readonly string[] Sentences =
    [
        "双方一致同意加强两国在政治、经济、国防安全和人文交流等领域的合作。",
        "双方高度评价近年来两国关系取得的积极进展，同意保持高层互访和各层级交往。",
        "双方同意为两国企业扩大投资与贸易合作创造便利条件，推动双边贸易额持续增长。",
        "双方还就共同关心的地区和国际问题交换意见，同意在联合国和东盟等多边机制中保持密切协调。",
        "双方同意加强在科技、教育培训、文化旅游及地方合作等领域的合作。",
        "关于东海问题，双方一致认为要在尊重国际法的基础上通过和平方式解决争端。",
        "双方同意推动落实已签署的合作协议，完善双边合作关系的法律框架。",
        "两国领导人一致认为，双边关系正处于历史最好时期，合作潜力巨大。",
    ];
    private static readonly string[] Surnames = ["阮", "陈", "黎", "范", "黄", "潘", "武", "裴", "邓", "杜"];
    private static readonly string[] Given = ["文", "明", "春", "德", "青", "红", "国", "光", "成", "孟", "秋", "海", "山", "平", "忠", "雄"];

    private readonly Random _random = new(seed);
    private readonly GazetteerData _gazetteer = GazetteerData.Default;

    /// <summary>The n-th article as UTF-8 bytes (file name, content).</summary>
    public (string Name, byte[] Content) Next(int index)
    {
        var partner = _gazetteer.CountriesByCode[Partners[_random.Next(Partners.Length)]];
        var (typeHeadline, typeVerb) = Types[_random.Next(Types.Length)];
        var vietnamese = VietnameseOfficial();
        var foreign = ForeignOfficial(partner);
        var year = 2015 + _random.Next(11);
        var month = 1 + _random.Next(12);
        var day = 1 + _random.Next(28);
        var headline = $"越南{vietnamese.Title}{vietnamese.Name}与{partner.Chinese}{foreign.Title}{foreign.Name}{typeHeadline}";
        var place = Places[_random.Next(Places.Length)];
        var text = new StringBuilder();
        var newsPage = _random.Next(4) == 0;

        text.Append(headline).Append("\n\n");
        if (newsPage)
        {
            text.Append(CultureInfo.InvariantCulture, $"{_random.Next(24):D2}:{_random.Next(60):D2} | {day:D2}/{month:D2}/{year}\n\n");
        }

        var lead = $"{year}年{month}月{day}日，越南{vietnamese.Title}{vietnamese.Name}在{place}与{partner.Chinese}{foreign.Title}{foreign.Name}{typeVerb}。";
        text.Append(lead).Append('\n');
        if (!newsPage)
        {
            text.Append(headline).Append(" ảnh 1").Append(vietnamese.Name).Append('与').Append(foreign.Name).Append("。图自越通社\n\n");
            text.Append(_random.Next(3) == 0 ? $"越通社{place}——" : $"越通社{place}{month}月{day}日——");
        }
        else
        {
            text.Append(lead[..^1]).Append("(图:越通社)\n").Append(lead[..^1]).Append("\n\n");
        }

        text.Append(lead).Append("\n\n");
        var paragraphs = 4 + _random.Next(8);
        for (var p = 0; p < paragraphs; p++)
        {
            for (var s = 0; s < 2 + _random.Next(3); s++)
            {
                text.Append(Sentences[_random.Next(Sentences.Length)]);
            }

            text.Append(p == paragraphs - 1 && !newsPage ? "(完)\n\n" : "\n\n");
        }

        text.Append(newsPage ? "明月\n\n相关新闻\n\n新闻\n\n" : "越通社\n\n更多\n\n");
        for (var r = 0; r < 3 + _random.Next(6); r++)
        {
            var other = _gazetteer.CountriesByCode[Partners[_random.Next(Partners.Length)]];
            var relatedHeadline = $"越南与{other.Chinese}加强{(r % 2 == 0 ? "经贸" : "人文")}合作（{index % 997}-{r}）";
            text.Append(relatedHeadline).Append("\n\n").Append(relatedHeadline).Append("\n\n");
            text.Append(Sentences[_random.Next(Sentences.Length)]).Append(Sentences[_random.Next(Sentences.Length)]).Append("\n\n");
        }

        return ($"synthetic-{index:D6}.txt", Encoding.UTF8.GetBytes(text.ToString()));
    }

    private (string Title, string Name) VietnameseOfficial()
    {
        var known = _gazetteer.Officials.Where(o => o.CountryCode == "VN").ToList();
        return _random.Next(3) == 0
            ? ("政府总理", known[_random.Next(known.Count)].Name)
            : ("外交部副部长", Surnames[_random.Next(Surnames.Length)] + Given[_random.Next(Given.Length)] + Given[_random.Next(Given.Length)]);
    }

    private (string Title, string Name) ForeignOfficial(Country partner)
    {
        var known = _gazetteer.Officials.Where(o => o.CountryCode == partner.Code).ToList();
        if (known.Count > 0 && _random.Next(2) == 0)
        {
            return ("外交部长", known[_random.Next(known.Count)].Name);
        }

        return partner.Names == NameStyle.Han
            ? ("副部长", "王" + Given[_random.Next(Given.Length)] + Given[_random.Next(Given.Length)])
            : ("副部长", "阿" + Given[_random.Next(Given.Length)] + "·" + "斯" + Given[_random.Next(Given.Length)] + "夫");
    }
}
