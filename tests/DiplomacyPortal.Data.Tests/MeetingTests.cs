using System.Text;
using DiplomacyPortal.Data.Editing;
using DiplomacyPortal.Data.Ingestion;
using DiplomacyPortal.Data.Queries;
using DiplomacyPortal.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Tests;

public sealed class MeetingTests : SeededStoreTests
{
    private static byte[] Article(string headline, string dateline, string body) =>
        Encoding.UTF8.GetBytes($"{headline}\n\n{dateline}{body}(完)\n");

    private async Task<List<MeetingSummary>> MeetingsAsync(ArticleFilter? filter = null)
    {
        await using var db = Store.NewContext();
        return (await MeetingQueries.PageAsync(db, filter ?? new ArticleFilter { PageSize = 200 })).Items.ToList();
    }

    [Fact]
    public async Task Each_seed_with_a_pair_and_a_type_is_a_meeting_of_its_own()
    {
        var meetings = await MeetingsAsync();

        Assert.Equal(5, meetings.Count);
        var russia = meetings.Single(m => m.Pair == "RU-VN");
        Assert.Equal(("talks", "RU", "VN"), (russia.Type, russia.HostCountry, russia.VisitorCountry));
        Assert.Equal(["拉夫罗夫", "范平明"], russia.Participants.Select(p => p.Name));
        Assert.Equal([Ids[4]], russia.ArticleIds);
    }

    [Fact]
    public async Task Two_reports_of_one_visit_a_day_apart_are_one_meeting_linked_to_both()
    {
        var first = await Store.Ingestor.ImportAsync(Article("越南国家主席会见老挝总理", "越通社万象2023年3月5日——", "越南国家主席武文赏在万象会见老挝政府总理宋赛·西潘敦。"), "a.txt", "test");
        var second = await Store.Ingestor.ImportAsync(Article("老挝总理会见越南国家主席武文赏", "越通社万象2023年3月6日——", "2023年3月6日,老挝政府总理宋赛·西潘敦会见了正在老挝进行正式访问的越南国家主席武文赏。"), "b.txt", "test");

        var laos = (await MeetingsAsync(new ArticleFilter { Pair = "LA-VN" })).Single();

        Assert.Equal([first.ArticleId!.Value, second.ArticleId!.Value], laos.ArticleIds);
        Assert.Equal((2023, 3, 5), (laos.Year, laos.Month, laos.Day));
        Assert.Equal("LA", laos.HostCountry);
    }

    [Fact]
    public async Task Two_reports_without_a_year_on_the_same_day_are_one_meeting_and_another_day_is_another()
    {
        var first = await Store.Ingestor.ImportAsync(Article("越柬两国外长举行会谈", "越通社金边6月3日——", "越南外交部长裴青山与柬埔寨外交大臣举行会谈。"), "a.txt", "test");
        var second = await Store.Ingestor.ImportAsync(Article("越柬外长会谈取得丰硕成果", "越通社金边6月3日——", "越南外交部长裴青山与柬埔寨外交大臣会谈后共同会见记者。会谈取得成果。"), "b.txt", "test");
        var third = await Store.Ingestor.ImportAsync(Article("越柬两国外长再次举行会谈", "越通社金边6月9日——", "越南外交部长裴青山与柬埔寨外交大臣再次举行会谈。"), "c.txt", "test");

        var cambodia = await MeetingsAsync(new ArticleFilter { Pair = "KH-VN" });

        Assert.Equal(2, cambodia.Count);
        Assert.Contains(cambodia, m => m.ArticleIds.SequenceEqual([first.ArticleId!.Value, second.ArticleId!.Value]) && (m.Year, m.Month, m.Day) == (null, 6, 3));
        Assert.Contains(cambodia, m => m.ArticleIds.SequenceEqual([third.ArticleId!.Value]));
    }

    [Fact]
    public async Task Reports_of_the_same_pair_a_week_apart_are_two_meetings()
    {
        await Store.Ingestor.ImportAsync(Article("越老两国外长举行会谈", "越通社河内2023年3月5日——", "越南外交部长裴青山与老挝外交部长沙伦赛举行会谈。"), "a.txt", "test");
        await Store.Ingestor.ImportAsync(Article("越老两国外长举行会谈", "越通社河内2023年3月12日——", "越南外交部长裴青山与老挝外交部长沙伦赛再次举行会谈。"), "b.txt", "test");

        Assert.Equal(2, (await MeetingsAsync(new ArticleFilter { Pair = "LA-VN" })).Count);
    }

    [Fact]
    public async Task A_hidden_article_leaves_its_meeting_and_a_restored_one_comes_back()
    {
        var editor = Store.Editor;

        await editor.SetHiddenAsync(Ids[4], hidden: true, "test");
        var whileHidden = await MeetingsAsync(new ArticleFilter { Pair = "RU-VN" });
        await editor.SetHiddenAsync(Ids[4], hidden: false, "test");
        var restored = await MeetingsAsync(new ArticleFilter { Pair = "RU-VN" });

        Assert.Empty(whileHidden);
        Assert.Equal([Ids[4]], restored.Single().ArticleIds);
    }

    [Fact]
    public async Task A_corrected_meeting_type_moves_the_meeting_and_survives_reparse()
    {
        var editor = Store.Editor;
        var current = (await editor.CurrentAsync(Ids[0]))!;

        await editor.CorrectAsync(Ids[0], current with { MeetingType = "phone-call" }, "test");
        await Store.Ingestor.ReparseAllAsync();

        var calls = await MeetingsAsync(new ArticleFilter { Type = "phone-call" });
        Assert.Contains(calls, m => m.ArticleIds.Contains(Ids[0]));
        Assert.DoesNotContain(await MeetingsAsync(new ArticleFilter { Type = "video-call" }), m => m.ArticleIds.Contains(Ids[0]));
    }

    [Fact]
    public async Task Counterparts_are_the_officials_of_the_other_side_met_with_counts()
    {
        await using var db = Store.NewContext();
        var minh = await db.Officials.Where(o => o.Name == "范平明").Select(o => o.Id).SingleAsync();

        var official = await OfficialQueries.OfficialAsync(db, minh);

        Assert.Equal([("王毅", 2), ("拉夫罗夫", 1)], official!.Counterparts.Select(c => (c.Name, c.Meetings)));
    }

    [Fact]
    public async Task A_store_filled_before_meetings_existed_gets_them_on_start()
    {
        await using (var db = Store.NewContext())
        {
            await db.Meetings.ExecuteDeleteAsync();
            await StoreInitializer.RunAsync(db);
        }

        Assert.Equal(5, (await MeetingsAsync()).Count);
    }

    /// <summary>A report that places the meeting in Vientiane, and one of the next day, filed in Hanoi, that names no venue.</summary>
    private static readonly byte[] VisitInVientiane = Article("越南国家主席会见老挝总理", "越通社万象2023年3月5日——", "越南国家主席武文赏在万象会见老挝政府总理宋赛·西潘敦。");
    private static readonly byte[] NextDayFromHanoi = Article("老挝总理会见越南国家主席", "越通社河内2023年3月6日——", "老挝政府总理宋赛·西潘敦会见了越南国家主席武文赏。");

    /// <summary>Empties the reports kept on the meeting links, as in a store from before they were kept.</summary>
    private static Task<int> ForgetKeptReportsAsync(PortalDbContext db) =>
        db.MeetingArticles.ExecuteUpdateAsync(s => s
            .SetProperty(l => l.Type, (string?)null).SetProperty(l => l.DatePrecision, (string?)null).SetProperty(l => l.Date, (DateTime?)null)
            .SetProperty(l => l.Year, (int?)null).SetProperty(l => l.Place, (string?)null).SetProperty(l => l.HostCountry, (string?)null));

    [Fact]
    public async Task A_meeting_that_gains_a_report_keeps_the_venue_its_first_report_gave()
    {
        var first = await Store.Ingestor.ImportAsync(VisitInVientiane, "a.txt", "test");
        var second = await Store.Ingestor.ImportAsync(NextDayFromHanoi, "b.txt", "test");

        var laos = (await MeetingsAsync(new ArticleFilter { Pair = "LA-VN" })).Single();

        Assert.Equal([first.ArticleId!.Value, second.ArticleId!.Value], laos.ArticleIds);
        Assert.Equal(("万象", "LA", "VN"), (laos.Place, laos.HostCountry, laos.VisitorCountry));
    }

    [Fact]
    public async Task Meeting_links_stored_without_their_reports_get_them_on_start()
    {
        var first = await Store.Ingestor.ImportAsync(VisitInVientiane, "a.txt", "test");
        var before = await MeetingsAsync();
        await using (var db = Store.NewContext())
        {
            await ForgetKeptReportsAsync(db);
            await StoreInitializer.RunAsync(db);

            var kept = await db.MeetingArticles.SingleAsync(l => l.ArticleId == first.ArticleId);
            Assert.Equal(("meeting", 2023, "day", "万象", "LA"), (kept.Type, kept.Year, kept.DatePrecision, kept.Place, kept.HostCountry));
            Assert.False(await db.MeetingArticles.AnyAsync(l => l.Type == null));
        }

        // The next day's report names no venue: the meeting's comes from the kept report of the first.
        await Store.Ingestor.ImportAsync(NextDayFromHanoi, "b.txt", "test");
        var after = await MeetingsAsync();

        Assert.Equal(before.Select(m => m.Id), after.Select(m => m.Id));
        var laos = after.Single(m => m.Pair == "LA-VN");
        Assert.Equal(2, laos.ArticleIds.Count);
        Assert.Equal(("万象", "LA"), (laos.Place, laos.HostCountry));
    }

    [Fact]
    public async Task A_stored_link_whose_article_reports_no_meeting_any_more_is_removed_on_start_with_its_empty_meeting()
    {
        var report = await Store.Ingestor.ImportAsync(VisitInVientiane, "a.txt", "test");
        await using var db = Store.NewContext();
        await ForgetKeptReportsAsync(db);
        // Hidden behind the linker's back, so the link was not taken away when it should have been.
        await db.Articles.Where(a => a.Id == report.ArticleId).ExecuteUpdateAsync(s => s.SetProperty(a => a.IsHidden, true));

        await StoreInitializer.RunAsync(db);

        Assert.False(await db.MeetingArticles.AnyAsync(l => l.ArticleId == report.ArticleId));
        Assert.Empty(await MeetingsAsync(new ArticleFilter { Pair = "LA-VN" }));
        Assert.Equal(5, (await MeetingsAsync()).Count);
    }
}
