using System.Text;
using DiplomacyPortal.Data.Ingestion;
using DiplomacyPortal.Data.Queries;

namespace DiplomacyPortal.Data.Tests;

/// <summary>The agreements dataset and the frameworks table, read from a real store.</summary>
public sealed class AgreementTests : SeededStoreTests
{
    private static byte[] Article(string headline, string dateline, string body) =>
        Encoding.UTF8.GetBytes($"{headline}\n\n{dateline}{body}(完)\n");

    private Task<ImportResult> ImportAsync(string name, string headline, string dateline, string body) =>
        Store.Ingestor.ImportAsync(Article(headline, dateline, body), name, "test");

    private async Task<AgreementPage> AgreementsAsync(AgreementFilter? filter = null)
    {
        await using var db = Store.NewContext();
        return await AgreementQueries.PageAsync(db, filter ?? new AgreementFilter { PageSize = 200 });
    }

    [Fact]
    public async Task Two_reports_of_one_signing_are_one_agreement_linked_to_both_articles_and_their_meeting()
    {
        var first = await ImportAsync("a.txt", "越南与智利举行会谈", "越通社圣地亚哥2025年4月2日——", "越南政府总理范明政与智利总统加夫列尔·博里奇举行会谈。会谈后，两国领导人见证了《越南与智利全面经济伙伴关系协定》的签署。");
        var second = await ImportAsync("b.txt", "越南与智利签署经济伙伴关系协定", "越通社圣地亚哥2025年4月2日——", "越南政府总理范明政与智利总统加夫列尔·博里奇会谈后，两国部长签署了《越南与智利全面经济伙伴关系协定》。");

        var agreement = Assert.Single((await AgreementsAsync(new AgreementFilter { Pair = "CL-VN" })).Items);

        Assert.Equal(("越南与智利全面经济伙伴关系协定", "agreement", 2025, 4, 2), (agreement.Title, agreement.Kind, agreement.Year, agreement.Month, agreement.Day));
        Assert.Equal([first.ArticleId!.Value, second.ArticleId!.Value], agreement.ArticleIds);
        Assert.NotNull(agreement.MeetingId);
    }

    [Fact]
    public async Task The_kind_and_title_filters_narrow_the_list_and_the_facets_count_under_the_others()
    {
        await ImportAsync("a.txt", "越南与老挝签署合作文件", "越通社万象2025年3月5日——", "两国外长签署了《2026年合作计划》和《领事协定》。");

        var plans = await AgreementsAsync(new AgreementFilter { Pair = "LA-VN", Kind = "plan" });
        var consular = await AgreementsAsync(new AgreementFilter { Pair = "LA-VN", Query = "领事" });

        Assert.Equal("2026年合作计划", Assert.Single(plans.Items).Title);
        Assert.Equal("领事协定", Assert.Single(consular.Items).Title);
        Assert.Equal([new FacetValue("agreement", 1), new FacetValue("plan", 1)], plans.Kinds);
    }

    [Fact]
    public async Task A_sample_articles_signing_is_found_and_an_intention_to_sign_is_not()
    {
        // Seed 004: 范平明与拉夫罗夫签署了越俄外交部合作计划(2017-2018年); it also says the two sides will
        // promote (推动) the signing of agreements, which is no signing.
        var russia = await AgreementsAsync(new AgreementFilter { Pair = "RU-VN" });

        var plan = Assert.Single(russia.Items);
        Assert.Equal(("越俄外交部合作计划", "plan", Ids[4]), (plan.Title, plan.Kind, Assert.Single(plan.ArticleIds)));
        Assert.NotNull(plan.MeetingId);
    }

    [Fact]
    public async Task A_corrected_pair_and_date_move_the_articles_agreements_with_them()
    {
        var report = await ImportAsync("a.txt", "越南与老挝签署领事协定", "越通社万象2025年3月5日——", "两国外长签署了《领事协定》。");
        var editor = Store.Editor;

        await editor.CorrectAsync(report.ArticleId!.Value, (await editor.CurrentAsync(report.ArticleId.Value))! with { Pair = "KH-VN", Date = new DateCorrection(2025, 3, 6) }, "test");

        Assert.Empty((await AgreementsAsync(new AgreementFilter { Pair = "LA-VN" })).Items);
        var moved = Assert.Single((await AgreementsAsync(new AgreementFilter { Pair = "KH-VN" })).Items);
        Assert.Equal(("领事协定", 6), (moved.Title, moved.Day));
    }

    [Fact]
    public async Task A_hidden_article_takes_its_agreements_out_of_the_list()
    {
        var report = await ImportAsync("a.txt", "越南与老挝签署领事协定", "越通社万象2025年3月5日——", "两国外长签署了《领事协定》。");

        await Store.Editor.SetHiddenAsync(report.ArticleId!.Value, hidden: true, "test");

        Assert.Empty((await AgreementsAsync(new AgreementFilter { Pair = "LA-VN" })).Items);
    }

    [Fact]
    public async Task A_partners_level_is_the_latest_dated_change_with_the_level_before_it()
    {
        await ImportAsync("a.txt", "越南与澳大利亚将关系提升为战略伙伴关系", "越通社堪培拉2018年3月15日——", "两国总理宣布将两国关系提升为战略伙伴关系。");
        var upgrade = await ImportAsync("b.txt", "越南与澳大利亚将关系提升为全面战略伙伴关系", "越通社河内2024年3月7日——", "会谈后，两国总理宣布将两国关系提升为全面战略伙伴关系。");

        await using var db = Store.NewContext();
        var australia = (await FrameworkQueries.OfPairAsync(db, "AU-VN"))!;

        Assert.Equal(("comprehensive-strategic", 2024, 3, 7, "strategic"), (australia.Level, australia.SinceYear, australia.SinceMonth, australia.SinceDay, australia.PreviousLevel));
        Assert.Equal([upgrade.ArticleId!.Value], australia.EvidenceArticleIds);
        Assert.Equal(["strategic", "comprehensive-strategic"], australia.History.Select(h => h.Level));
    }

    [Fact]
    public async Task A_level_only_named_is_the_highest_the_latest_article_names_and_has_no_date()
    {
        await using var db = Store.NewContext();

        // Seed 004 names the Vietnam–Russia comprehensive strategic partnership, and the strategic partnership in
        // passing, without saying when either began.
        var russia = (await FrameworkQueries.OfPairAsync(db, "RU-VN"))!;

        Assert.Equal(("comprehensive-strategic", (int?)null, (string?)null), (russia.Level, russia.SinceYear, russia.PreviousLevel));
        Assert.Equal([Ids[4]], russia.EvidenceArticleIds);
    }

    [Fact]
    public async Task A_partner_no_article_gives_a_level_for_is_listed_as_unknown()
    {
        await ImportAsync("a.txt", "越南与智利举行会谈", "越通社圣地亚哥2025年4月2日——", "越南政府总理范明政与智利总统加夫列尔·博里奇举行会谈。");

        await using var db = Store.NewContext();
        var chile = Assert.Single(await FrameworkQueries.AllAsync(db), f => f.Country == "CL");

        Assert.Equal(((string?)null, (int?)null, 0), (chile.Level, chile.SinceYear, chile.EvidenceArticleIds.Count));
    }
}
