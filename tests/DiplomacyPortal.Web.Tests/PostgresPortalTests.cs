using System.Net;

namespace DiplomacyPortal.Web.Tests;

/// <summary>The portal with Database:Provider=Postgres: seeded on first start, browsed, searched and exported as on SQLite.</summary>
public sealed class PostgresPortalTests
{
    [PostgresFact]
    public async Task The_portal_runs_on_PostgreSQL_from_its_first_start()
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        try
        {
            using (var portal = PortalFactory.With(seeded: true, new Dictionary<string, string> { ["Database:Provider"] = "Postgres", ["ConnectionStrings:Portal"] = database }))
            {
                var all = await portal.GetDocumentAsync("/articles");
                var russia = await portal.GetDocumentAsync("/articles?pair=RU-VN&type=talks");
                var search = await portal.GetDocumentAsync("/search?q=王毅");
                var pair = await portal.GetDocumentAsync("/pairs/CN-VN");
                using var client = portal.CreateClient();
                var csv = await client.GetStringAsync(new Uri("/meetings/export.csv?pair=CN-VN", UriKind.Relative));
                var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
                var compare = await portal.GetDocumentAsync("/compare?pair=CN-VN&pair=RU-VN");
                var visits = await client.GetStringAsync(new Uri("/charts/compare.csv?pair=CN-VN&pair=RU-VN&measure=visits", UriKind.Relative));

                Assert.Equal(5, all.QuerySelectorAll(".article-list li a.fw-semibold").Length);
                Assert.Equal(["越南政府副总理兼外交部部长范平明与俄罗斯外交部部长举行会谈"], russia.QuerySelectorAll(".article-list li a.fw-semibold").Select(a => a.TextContent.Trim()));
                Assert.Equal(2, search.QuerySelectorAll("#search-results > li").Length);
                Assert.NotEmpty(pair.QuerySelectorAll(".article-list li"));
                Assert.StartsWith("meeting_id,", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
                Assert.True(csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length > 1);
                Assert.Equal(HttpStatusCode.OK, health.StatusCode);
                Assert.NotEmpty(pair.QuerySelectorAll("#pair-meetings svg rect.chart-bar"));
                Assert.NotEmpty(compare.QuerySelectorAll("#compare-meetings svg rect.chart-bar"));
                Assert.StartsWith("年份,越南–中国,越南–俄罗斯", visits.TrimStart('\uFEFF'), StringComparison.Ordinal);
            }
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(database);
        }
    }
}
