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

    // Documents signed and statements of a relationship's level, as VNA writes them: a tenth of the articles report a
    // signing, a twentieth raise the relationship and another twentieth name its level.
    private static readonly string[] Fields = ["经贸", "投资", "教育", "卫生", "农业", "交通", "能源", "文化", "旅游", "科技"];
    private static readonly string[] DocumentKinds = ["合作谅解备忘录", "合作协定", "合作计划", "行动计划"];
    private static readonly string[] Levels = ["全面伙伴关系", "战略伙伴关系", "全面战略伙伴关系"];

    private readonly Random _random = new(seed);

    // Its own sequence, so that the articles' other draws (and the benchmark's corpus) stay as they were.
    private readonly Random _relations = new(seed ^ 0x5EED);
    private readonly GazetteerData _gazetteer = GazetteerData.Default;

    /// <summary>
    /// Headlines of the last 1,000 articles written (the n-th at n mod 1,000): a third of a related list names one, as
    /// VNA's lists name its recent articles, so an import links items to articles.
    /// </summary>
    private readonly string[] _recentHeadlines = new string[1_000];

    /// <summary>Writes <paramref name="count"/> articles to <paramref name="folder"/> (emptied first); their paths in order.</summary>
    public static List<string> Write(string folder, int count, int seed)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var corpus = new SyntheticCorpus(seed);
        var paths = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var (name, content) = corpus.Next(i);
            var path = Path.Combine(folder, name);
            File.WriteAllBytes(path, content);
            paths.Add(path);
        }

        return paths;
    }

    /// <summary>The n-th article as UTF-8 bytes (file name, content): a text dump, or every fifth a saved web page.</summary>
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
        var lead = $"{year}年{month}月{day}日，越南{vietnamese.Title}{vietnamese.Name}在{place}与{partner.Chinese}{foreign.Title}{foreign.Name}{typeVerb}。";
        var dateline = _random.Next(3) == 0 ? $"越通社{place}——" : $"越通社{place}{month}月{day}日——";
        var caption = $"{vietnamese.Name}与{foreign.Name}。图自越通社";
        var paragraphs = Enumerable.Range(0, 4 + _random.Next(8))
            .Select(_ => string.Concat(Enumerable.Range(0, 2 + _random.Next(3)).Select(_ => Sentences[_random.Next(Sentences.Length)])))
            .ToList();
        paragraphs[0] += RelationSentences(partner.Chinese);
        var related = Enumerable.Range(0, 3 + _random.Next(6)).Select(r =>
        {
            var other = _gazetteer.CountriesByCode[Partners[_random.Next(Partners.Length)]];
            var relatedHeadline = index > 0 && _random.Next(3) == 0
                ? _recentHeadlines[_random.Next(Math.Min(index, _recentHeadlines.Length))]
                : $"越南与{other.Chinese}加强{(r % 2 == 0 ? "经贸" : "人文")}合作（{index % 997}-{r}）";
            return (Headline: relatedHeadline, Summary: Sentences[_random.Next(Sentences.Length)] + Sentences[_random.Next(Sentences.Length)]);
        }).ToList();
        _recentHeadlines[index % _recentHeadlines.Length] = headline;

        if (index % 5 == 4)
        {
            return ($"synthetic-{index:D6}.html", Encoding.UTF8.GetBytes(WebPage(headline, lead, caption, dateline, paragraphs, related)));
        }

        var newsPage = _random.Next(4) == 0;
        var text = new StringBuilder();
        text.Append(headline).Append("\n\n");
        if (newsPage)
        {
            text.Append(CultureInfo.InvariantCulture, $"{_random.Next(24):D2}:{_random.Next(60):D2} | {day:D2}/{month:D2}/{year}\n\n");
            text.Append(lead).Append('\n').Append(lead[..^1]).Append("(图:越通社)\n").Append(lead[..^1]).Append("\n\n");
        }
        else
        {
            text.Append(lead).Append('\n').Append(headline).Append(" ảnh 1").Append(caption).Append("\n\n").Append(dateline);
        }

        text.Append(lead).Append("\n\n");
        for (var p = 0; p < paragraphs.Count; p++)
        {
            text.Append(paragraphs[p]).Append(p == paragraphs.Count - 1 && !newsPage ? "(完)\n\n" : "\n\n");
        }

        text.Append(newsPage ? "明月\n\n相关新闻\n\n新闻\n\n" : "越通社\n\n更多\n\n");
        foreach (var (relatedHeadline, summary) in related)
        {
            text.Append(relatedHeadline).Append("\n\n").Append(relatedHeadline).Append("\n\n").Append(summary).Append("\n\n");
        }

        return ($"synthetic-{index:D6}.txt", Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>A signing, a change of level or a level named, for some articles; nothing for most.</summary>
    private string RelationSentences(string partner)
    {
        var text = new StringBuilder();
        if (_relations.Next(10) == 0)
        {
            var field = Fields[_relations.Next(Fields.Length)];
            text.Append(CultureInfo.InvariantCulture, $"会谈后，两国部长签署了《越南与{partner}{field}{DocumentKinds[_relations.Next(DocumentKinds.Length)]}》。");
        }

        switch (_relations.Next(20))
        {
            case 0:
                text.Append(CultureInfo.InvariantCulture, $"双方宣布将两国关系提升为{Levels[_relations.Next(Levels.Length)]}。");
                break;
            case 1:
                text.Append(CultureInfo.InvariantCulture, $"越南与{partner}{Levels[_relations.Next(Levels.Length)]}不断深化。");
                break;
        }

        return text.ToString();
    }

    /// <summary>The article as the site's page saved from a browser: headline, sapo, photo, body, related list.</summary>
    private static string WebPage(string headline, string lead, string caption, string dateline, List<string> paragraphs, List<(string Headline, string Summary)> related)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\"><meta property=\"og:title\" content=\"{headline}\"><title>{headline} | 越通社</title></head>\n");
        html.Append("<body><header><nav><a href=\"/\">首页</a> <a href=\"/politics\">政治</a></nav></header>\n<main><article>\n");
        html.Append(CultureInfo.InvariantCulture, $"<h1>{headline}</h1>\n<div class=\"article__sapo\">{lead}</div>\n");
        html.Append(CultureInfo.InvariantCulture, $"<figure class=\"article-photo\"><img src=\"photo.jpg\" alt=\"\"><figcaption>{caption}</figcaption></figure>\n");
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"article__body\"><p>{dateline}{lead}</p>\n");
        foreach (var paragraph in paragraphs)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{paragraph}</p>\n");
        }

        html.Append("<p>(完)</p></div>\n<div class=\"article__related\"><h3>更多</h3><ul>\n");
        foreach (var (relatedHeadline, summary) in related)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#\"><h3>{relatedHeadline}</h3></a><p class=\"sapo\">{summary}</p></li>\n");
        }

        return html.Append("</ul></div>\n</article></main><footer>越通社</footer></body></html>\n").ToString();
    }

    private (string Title, string Name) VietnameseOfficial()
    {
        var known = _gazetteer.Officials.Where(o => o.CountryCode == "VN").ToList();
        return _random.Next(3) == 0
            ? ("政府总理", known[_random.Next(known.Count)].Name)
            : ("外交部副部长", Surnames[_random.Next(Surnames.Length)] + Given[_random.Next(Given.Length)] + Given[_random.Next(Given.Length)]);
    }

    private (string Title, string Name) ForeignOfficial(KnownCountry partner)
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
