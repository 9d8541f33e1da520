using DiplomacyPortal.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Tests;

public sealed class BrowseQueryTests : SeededStoreTests
{
    [Fact]
    public async Task Previous_and_next_follow_the_pair_newest_first_with_undated_articles_last()
    {
        // China–Vietnam, newest first: 002 (2022-07-14), 000 (2020-05-29), 003 (2020-04-02), 001 (year unknown).
        await using var db = Store.NewContext();

        var middle = await ArticleDetailsQueries.ArticleAsync(db, Ids[3]);
        var newest = await ArticleDetailsQueries.ArticleAsync(db, Ids[2]);
        var undated = await ArticleDetailsQueries.ArticleAsync(db, Ids[1]);

        Assert.Equal((Ids[1], Ids[0]), (middle!.PreviousInPair, middle.NextInPair));
        Assert.Equal((Ids[0], (int?)null), (newest!.PreviousInPair, newest.NextInPair));
        Assert.Equal(((int?)null, Ids[3]), (undated!.PreviousInPair, undated.NextInPair));
    }

    [Fact]
    public async Task The_newest_first_order_puts_undated_articles_last()
    {
        await using var db = Store.NewContext();

        var page = await ArticleQueries.PageAsync(db, new ArticleFilter());

        Assert.Equal([Ids[2], Ids[0], Ids[3], Ids[4], Ids[1]], page.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task The_facets_of_the_whole_store_count_each_visible_article_once_as_those_under_a_filter_do()
    {
        // The whole store's facets group the bare column and a filter's an expression of it (ArticleQueries.FacetAsync):
        // both must give the counts the articles themselves give, hidden 001 (China–Vietnam, year unknown) left out.
        await SetHiddenFlagAsync(Ids[1]);

        await using var check = Store.NewContext();
        var visible = await check.Articles.Where(a => !a.IsHidden).ToListAsync();
        static List<FacetValue> Expected<TKey>(IEnumerable<TKey?> values) =>
            values.OfType<TKey>().GroupBy(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)!)
                .Select(g => new FacetValue(g.Key, g.Count())).OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal).ToList();

        var whole = await ArticleQueries.PageAsync(check, new ArticleFilter());
        var underFilter = await ArticleQueries.PageAsync(check, new ArticleFilter { From = new DateOnly(1900, 1, 1) });
        var dated = visible.Where(a => a.Date is not null).ToList();

        Assert.Equal(Expected(visible.Select(a => a.Pair)), whole.Pairs);
        Assert.Equal(Expected(visible.Select(a => a.MeetingType)), whole.Types);
        Assert.Equal(Expected(visible.Select(a => a.Year)), whole.Years);
        Assert.Equal(Expected(dated.Select(a => a.Pair)), underFilter.Pairs);
        Assert.Equal(Expected(dated.Select(a => a.MeetingType)), underFilter.Types);
        Assert.Equal(Expected(dated.Select(a => a.Year)), underFilter.Years);
        Assert.Equal(3, whole.Pairs.Single(p => p.Value == "CN-VN").Count);
    }

    [Fact]
    public async Task An_official_lists_the_articles_the_Articles_page_lists_for_them_in_the_same_order_without_hidden_ones()
    {
        // 范平明: 002 (2022), 004 (dated), 001 (year unknown); 001 hidden leaves the other two.
        await SetHiddenFlagAsync(Ids[1]);

        await using var check = Store.NewContext();
        var minh = await check.Officials.Where(o => o.Name == "范平明").Select(o => o.Id).SingleAsync();
        var official = await OfficialQueries.OfficialAsync(check, minh);
        var filtered = await ArticleQueries.PageAsync(check, new ArticleFilter { OfficialId = minh }, withFacets: false);
        var page = await ArticleQueries.PageOfAsync(check, official!.ArticleIds, page: 1, pageSize: 1);

        Assert.Equal([Ids[2], Ids[4]], official.ArticleIds);
        Assert.Equal(filtered.Items.Select(i => i.Id), official.ArticleIds);
        Assert.Equal((2, 2, Ids[2]), (page.Total, page.PageCount, Assert.Single(page.Items).Id));
    }

    /// <summary>The officials a pair page lists, by name.</summary>
    private async Task<List<string>> OfficialsOfPairAsync(string pair)
    {
        await using var db = Store.NewContext();
        return (await PairQueries.PairAsync(db, pair))?.Officials.Select(o => o.Name).ToList() ?? [];
    }

    [Fact]
    public async Task A_pairs_officials_follow_a_corrected_pair_through_a_reparse()
    {
        // 004 is the Russia–Vietnam talks (拉夫罗夫, 范平明); corrected to Laos–Vietnam, its officials go with it.
        var editor = Store.Editor;
        Assert.Contains("拉夫罗夫", await OfficialsOfPairAsync("RU-VN"));

        await editor.CorrectAsync(Ids[4], (await editor.CurrentAsync(Ids[4]))! with { Pair = "LA-VN" }, "test");
        await Store.Ingestor.ReparseAllAsync();

        Assert.Empty(await OfficialsOfPairAsync("RU-VN"));
        Assert.Contains("拉夫罗夫", await OfficialsOfPairAsync("LA-VN"));
    }

    [Fact]
    public async Task A_pairs_officials_named_only_in_a_hidden_article_leave_the_pair()
    {
        // 拉夫罗夫 is named only in 004, the Russia–Vietnam talks.
        Assert.Contains("拉夫罗夫", await OfficialsOfPairAsync("RU-VN"));

        await Store.Editor.SetHiddenAsync(Ids[4], hidden: true, "test");

        Assert.DoesNotContain("拉夫罗夫", await OfficialsOfPairAsync("RU-VN"));
    }

    [Fact]
    public async Task An_officials_titles_timeline_and_order_follow_a_corrected_date()
    {
        // 范平明 is in 002 (2022-07-14), 004 and 001; 004 corrected to 2030-01-02 becomes the newest.
        var editor = Store.Editor;
        await editor.CorrectAsync(Ids[4], (await editor.CurrentAsync(Ids[4]))! with { Date = new Ingestion.DateCorrection(2030, 1, 2) }, "test");

        await using var db = Store.NewContext();
        var minh = await db.Officials.Where(o => o.Name == "范平明").Select(o => o.Id).SingleAsync();
        var official = (await OfficialQueries.OfficialAsync(db, minh))!;

        Assert.Equal(Ids[4], official.ArticleIds[0]);
        Assert.Equal(new MonthCount(2030, 1, 1), official.Timeline[^1]);
        Assert.Contains(official.Titles, t => t.Last == new DateTime(2030, 1, 2));
    }

    [Fact]
    public async Task Search_with_another_filter_keeps_only_articles_matching_both()
    {
        await using var db = Store.NewContext();

        var page = await ArticleQueries.PageAsync(db, new ArticleFilter { Query = "范平明", Pair = "RU-VN" });

        Assert.Equal([Ids[4]], page.Items.Select(i => i.Id));
        Assert.Equal(1, page.Total);
    }

    [Fact]
    public async Task Hidden_articles_leave_lists_search_results_and_their_totals()
    {
        await SetHiddenFlagAsync(Ids[1]);

        await using var check = Store.NewContext();
        var search = await ArticleQueries.PageAsync(check, new ArticleFilter { Query = "王毅" });
        var list = await ArticleQueries.PageAsync(check, new ArticleFilter());

        Assert.Equal([Ids[2]], search.Items.Select(i => i.Id));
        Assert.Equal(1, search.Total);
        Assert.DoesNotContain(Ids[1], list.Items.Select(i => i.Id));
        Assert.Equal(4, list.Total);
        Assert.Null(await ArticleDetailsQueries.ArticleAsync(check, Ids[1]));
    }
}
