using DiplomacyPortal.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Tests;

public sealed class BrowseQueryTests : IAsyncLifetime
{
    private TestStore _store = null!;
    private List<int> _ids = [];

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync();
        _ids = (await _store.ImportSeedsAsync()).Select(r => r.ArticleId!.Value).ToList();
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task Previous_and_next_follow_the_pair_newest_first_with_undated_articles_last()
    {
        // China–Vietnam, newest first: 002 (2022-07-14), 000 (2020-05-29), 003 (2020-04-02), 001 (year unknown).
        await using var db = _store.NewContext();

        var middle = await BrowseQueries.ArticleAsync(db, _ids[3]);
        var newest = await BrowseQueries.ArticleAsync(db, _ids[2]);
        var undated = await BrowseQueries.ArticleAsync(db, _ids[1]);

        Assert.Equal((_ids[1], _ids[0]), (middle!.PreviousInPair, middle.NextInPair));
        Assert.Equal((_ids[0], (int?)null), (newest!.PreviousInPair, newest.NextInPair));
        Assert.Equal(((int?)null, _ids[3]), (undated!.PreviousInPair, undated.NextInPair));
    }

    [Fact]
    public async Task The_newest_first_order_puts_undated_articles_last()
    {
        await using var db = _store.NewContext();

        var page = await ArticleQueries.PageAsync(db, new ArticleFilter());

        Assert.Equal([_ids[2], _ids[0], _ids[3], _ids[4], _ids[1]], page.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Search_with_another_filter_keeps_only_articles_matching_both()
    {
        await using var db = _store.NewContext();

        var page = await ArticleQueries.PageAsync(db, new ArticleFilter { Query = "范平明", Pair = "RU-VN" });

        Assert.Equal([_ids[4]], page.Items.Select(i => i.Id));
        Assert.Equal(1, page.Total);
    }

    [Fact]
    public async Task Hidden_articles_leave_lists_search_results_and_their_totals()
    {
        await using (var db = _store.NewContext())
        {
            var article = await db.Articles.SingleAsync(a => a.Id == _ids[1]);
            article.IsHidden = true;
            await db.SaveChangesAsync();
        }

        await using var check = _store.NewContext();
        var search = await ArticleQueries.PageAsync(check, new ArticleFilter { Query = "王毅" });
        var list = await ArticleQueries.PageAsync(check, new ArticleFilter());

        Assert.Equal([_ids[2]], search.Items.Select(i => i.Id));
        Assert.Equal(1, search.Total);
        Assert.DoesNotContain(_ids[1], list.Items.Select(i => i.Id));
        Assert.Equal(4, list.Total);
        Assert.Null(await BrowseQueries.ArticleAsync(check, _ids[1]));
    }
}
