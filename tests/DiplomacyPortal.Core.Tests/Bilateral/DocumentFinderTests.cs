using DiplomacyPortal.Core.Bilateral;
using DiplomacyPortal.Core.Extraction;

namespace DiplomacyPortal.Core.Tests.Bilateral;

/// <summary>Which documents an article reports signed: by a verb before the title, or a signing after it.</summary>
public sealed class DocumentFinderTests
{
    private static IReadOnlyList<SignedDocument> Find(string body, string? headline = null)
    {
        var texts = new List<ArticleText> { new(ArticlePart.Body, body) };
        if (headline is not null)
        {
            texts.Insert(0, new ArticleText(ArticlePart.Headline, headline));
        }

        return DocumentFinder.Default.Find(texts);
    }

    [Fact]
    public void A_title_in_book_brackets_is_taken_as_written_and_its_kind_from_its_end()
    {
        var document = Assert.Single(Find("会谈后，两国外长签署了《越南与老挝2026-2030年合作计划》。"));

        Assert.Equal("越南与老挝2026-2030年合作计划", document.Title);
        Assert.Equal("plan", document.Kind);
        Assert.Contains("两国外长签署了", document.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_phrase_ending_with_a_kind_word_after_the_verb_is_a_title()
    {
        var document = Assert.Single(Find("3月5日，海防市人民委员会主席与韩国仁川广域市市长签署海防市与仁川广域市友好合作谅解备忘录。"));

        Assert.Equal("海防市与仁川广域市友好合作谅解备忘录", document.Title);
        Assert.Equal("memorandum", document.Kind);
        Assert.Equal(["海防市", "仁川广域市"], document.Parties);
    }

    [Fact]
    public void Two_titles_joined_by_a_conjunction_are_two_documents()
    {
        var documents = Find("双方签署了投资保护协定和文化交流计划。");

        Assert.Equal(["投资保护协定", "文化交流计划"], documents.Select(d => d.Title));
        Assert.Equal(["agreement", "plan"], documents.Select(d => d.Kind));
    }

    [Fact]
    public void A_kind_word_before_a_signing_ceremony_is_a_title_read_back_to_its_start()
    {
        var document = Assert.Single(Find("1月9日，越南平定省与日本大分县建立友好关系谅解备忘录签字仪式在归仁市举行。"));

        Assert.Equal("越南平定省与日本大分县建立友好关系谅解备忘录", document.Title);
        Assert.Equal(["越南平定省", "日本大分县"], document.Parties);
    }

    [Fact]
    public void A_witnessed_signing_leaves_the_witnesses_out_of_the_title_and_the_parties()
    {
        var document = Assert.Single(Find("两国总理见证了越南工贸部与柬埔寨商务部边境贸易合作协议的签署。"));

        Assert.Equal("越南工贸部与柬埔寨商务部边境贸易合作协议", document.Title);
        Assert.Equal(["越南工贸部", "柬埔寨商务部"], document.Parties);
    }

    [Fact]
    public void The_parties_before_the_verb_end_where_the_rest_of_the_sentence_begins()
    {
        var document = Assert.Single(Find("越南工贸部与中国商务部在河内签署了合作备忘录。"));

        Assert.Equal(["越南工贸部", "中国商务部"], document.Parties);
    }

    [Fact]
    public void A_list_of_titles_summed_up_by_a_kind_word_gives_each_title()
    {
        var documents = Find("两国领导人见证了《电子商务合作备忘录》、《卫生合作协定》等合作文件的签署。");

        Assert.Equal(["电子商务合作备忘录", "卫生合作协定"], documents.Select(d => d.Title));
    }

    [Fact]
    public void A_title_that_begins_like_a_conjunction_keeps_its_first_character()
    {
        var document = Assert.Single(Find("双方签署和平协议。"));

        Assert.Equal("和平协议", document.Title);
    }

    [Fact]
    public void Words_of_intent_inside_an_institutions_name_do_not_stop_a_signing()
    {
        var document = Assert.Single(Find("越南外交学院与中国国际问题研究院签署合作备忘录。"));

        Assert.Equal(["越南外交学院", "中国国际问题研究院"], document.Parties);
    }

    [Fact]
    public void A_signing_of_a_bracketed_title_is_read_from_the_brackets()
    {
        var document = Assert.Single(Find("两国领导人见证了《越南与智利全面经济伙伴关系协定》的签署。"));

        Assert.Equal(("越南与智利全面经济伙伴关系协定", "agreement"), (document.Title, document.Kind));
    }

    [Fact]
    public void A_joint_statement_issued_is_a_document()
    {
        var document = Assert.Single(Find("访问结束时，双方发表联合声明，强调继续深化合作。"));

        Assert.Equal(("联合声明", "joint-statement"), (document.Title, document.Kind));
    }

    [Theory]
    [InlineData("双方有望在下次会晤时签署自由贸易协定。")]
    [InlineData("两国同意早日签署渔业合作协议。")]
    [InlineData("双方将认真落实已签署的各项协议。")]
    [InlineData("双方通过视频会议交换意见。")]
    [InlineData("两国领导人就签署事宜交换了看法。")]
    [InlineData("双方同意通过网络平台推进地方合作计划。")]
    [InlineData("双方将推动两国若干合作协定的签署。")]
    [InlineData("自2000年两国签署《北部湾划界协定》以来，双方合作不断加强。")]
    [InlineData("两国举行活动，纪念《陆地边界条约》签署25周年。")]
    [InlineData("部长在越南《人民报》发表题为《携手前进》的署名文章。")]
    [InlineData("外交部发言人就此事发表声明。")]
    [InlineData("国会通过了《土地法》。")]
    [InlineData("坚持通过符合包括1982年《联合国海洋法公约》在内的国际法的和平方式解决争端。")]
    public void Intentions_documents_signed_before_and_exchanged_views_are_no_signing(string sentence) =>
        Assert.Empty(Find(sentence));

    [Fact]
    public void A_long_joint_statement_issued_keeps_its_whole_title()
    {
        var document = Assert.Single(Find("访问期间，双方发表了关于深化两国全面合作的联合声明。"));

        Assert.Equal(("关于深化两国全面合作的联合声明", "joint-statement"), (document.Title, document.Kind));
    }

    [Fact]
    public void The_headline_counts_only_when_the_text_reports_no_signing()
    {
        var fromBody = Find("两国外长签署了《领事协定》。", headline: "越南与智利签署领事协定");
        var fromHeadline = Find("会谈在友好的气氛中举行。", headline: "越南与智利签署领事协定");

        Assert.Equal("领事协定", Assert.Single(fromBody).Title);
        Assert.Equal(ArticlePart.Headline, Assert.Single(fromHeadline).Part);
    }

    [Fact]
    public void A_document_reported_twice_in_an_article_is_listed_once()
    {
        var documents = Find("双方签署了《劳务合作协定》。\n\n部长表示，《劳务合作协定》的签署意义重大，双方签署了《劳务合作协定》后将加快落实。");

        Assert.Equal("劳务合作协定", Assert.Single(documents).Title);
    }
}
