using System.Text;
using DiplomacyPortal.Data.Queries;

namespace DiplomacyPortal.Data.Tests;

public sealed class ChartQueryTests : SeededStoreTests
{
    private static byte[] Article(string headline, string dateline, string body) =>
        Encoding.UTF8.GetBytes($"{headline}\n\n{dateline}{body}(完)\n");

    [Fact]
    public async Task A_top_level_visit_is_a_visit_with_a_head_of_state_or_government_and_not_a_ministers_or_deputys()
    {
        await Store.Ingestor.ImportAsync(Article("越南国家主席武文赏对老挝进行国事访问", "越通社万象2023年3月5日——", "越南国家主席武文赏抵达万象，开始对老挝进行国事访问。"), "a.txt", "test");
        await Store.Ingestor.ImportAsync(Article("越南外交部长裴青山对老挝进行正式访问", "越通社万象2023年6月9日——", "越南外交部长裴青山抵达万象，开始对老挝进行正式访问。"), "b.txt", "test");
        await Store.Ingestor.ImportAsync(Article("越南政府副总理陈流光对老挝进行工作访问", "越通社万象2023年9月2日——", "越南政府副总理陈流光抵达万象，开始对老挝进行工作访问。"), "c.txt", "test");
        await using var db = Store.NewContext();

        var all = await ChartQueries.MeetingsByPairAsync(db, ["LA-VN"], topLevelVisitsOnly: false);
        var topLevel = await ChartQueries.MeetingsByPairAsync(db, ["LA-VN"], topLevelVisitsOnly: true);

        Assert.Equal([new SeriesYearCount("LA-VN", 2023, 3)], all);
        Assert.Equal([new SeriesYearCount("LA-VN", 2023, 1)], topLevel);
    }

    [Fact]
    public async Task A_pairs_meetings_are_counted_per_year_and_type_in_one_query()
    {
        await using var db = Store.NewContext();

        var rows = await ChartQueries.PairMeetingsByTypeAsync(db, "CN-VN");

        Assert.All(rows, r => Assert.True(r.Count > 0));
        Assert.Equal(rows.Count, rows.Select(r => (r.Series, r.Year)).Distinct().Count());
        Assert.Equal(3, rows.Sum(r => r.Count)); // the four seeds of the pair, one of them undated
    }
}
