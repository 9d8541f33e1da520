using System.Text;
using DiplomacyPortal.Data.Entities;
using DiplomacyPortal.Data.Queries;

namespace DiplomacyPortal.Data.Tests;

public sealed class NetworkTests : SeededStoreTests
{
    private static byte[] Article(string headline, string dateline, string body) =>
        Encoding.UTF8.GetBytes($"{headline}\n\n{dateline}{body}(完)\n");

    private async Task<NetworkGraph> GraphAsync(NetworkFilter filter)
    {
        await using var db = Store.NewContext();
        return await NetworkQueries.GraphAsync(db, filter);
    }

    private static string Name(NetworkGraph graph, string id) => graph.Nodes.Single(n => n.Id == id).Name;

    private static List<(string, string, int)> NamedEdges(NetworkGraph graph) =>
        graph.Edges.Select(e => (Name(graph, e.Source), Name(graph, e.Target), e.Meetings)).Select(e => string.CompareOrdinal(e.Item1, e.Item2) < 0 ? e : (e.Item2, e.Item1, e.Meetings)).ToList();

    private async Task ImportLaosTalksAsync()
    {
        // Two meetings of the same foreign ministers.
        await Store.Ingestor.ImportAsync(Article("越老两国外长举行会谈", "越通社河内2023年3月5日——", "越南外交部长裴青山与老挝外交部长沙伦赛举行会谈。"), "a.txt", "test");
        await Store.Ingestor.ImportAsync(Article("越老两国外长举行会谈", "越通社万象2023年9月12日——", "越南外交部长裴青山与老挝外交部长沙伦赛再次举行会谈。"), "b.txt", "test");
    }

    [Fact]
    public async Task Officials_of_two_countries_at_a_meeting_are_linked_and_each_shared_meeting_adds_to_the_weight()
    {
        await ImportLaosTalksAsync();

        var laos = await GraphAsync(new NetworkFilter { Meetings = new ArticleFilter { Pair = "LA-VN" } });

        Assert.Equal(2, laos.Meetings);
        Assert.Equal([("沙伦赛·贡玛西", "裴青山", 2)], NamedEdges(laos));
        Assert.Equal(2, laos.Nodes.Single(n => n.Name == "裴青山").Meetings);
        Assert.Equal("LA", laos.Nodes.Single(n => n.Name == "沙伦赛·贡玛西").Country);
    }

    [Fact]
    public async Task Officials_of_one_side_at_a_meeting_are_not_linked_to_each_other()
    {
        await using (var db = Store.NewContext())
        {
            db.Meetings.Add(new Meeting
            {
                Pair = "LA-VN", Type = "talks", DatePrecision = "year", Year = 2030,
                Participants =
                [
                    new() { Official = new Official { Name = "越南部长", CountryCode = "VN" }, CountryCode = "VN" },
                    new() { Official = new Official { Name = "越南副部长", CountryCode = "VN" }, CountryCode = "VN" },
                    new() { Official = new Official { Name = "老挝部长", CountryCode = "LA" }, CountryCode = "LA" },
                ],
            });
            await db.SaveChangesAsync();
        }

        var graph = await GraphAsync(new NetworkFilter { FromYear = 2030 });

        Assert.Equal([("老挝部长", "越南副部长", 1), ("老挝部长", "越南部长", 1)], NamedEdges(graph).Order());
        Assert.Equal(3, graph.Nodes.Count);
    }

    [Fact]
    public async Task The_seeds_link_each_vietnamese_official_to_the_counterparts_the_articles_name()
    {
        var all = await GraphAsync(new NetworkFilter());

        var edges = NamedEdges(all);
        Assert.Contains(("拉夫罗夫", "范平明", 1), edges);
        Assert.Contains(("王毅", "范平明", 2), edges); // the talks in Hanoi and the visit to China
        Assert.Contains(("李克强", "阮春福", 1), edges);
        Assert.Equal(5, all.Meetings);
        Assert.False(all.IsCapped);
    }

    [Fact]
    public async Task The_years_and_the_type_narrow_the_meetings_counted()
    {
        await ImportLaosTalksAsync();

        var september = await GraphAsync(new NetworkFilter { FromYear = 2023, ToYear = 2023, Meetings = new ArticleFilter { From = new DateOnly(2023, 9, 1) } });
        var before = await GraphAsync(new NetworkFilter { ToYear = 2022 });
        var russianTalks = await GraphAsync(new NetworkFilter { Meetings = new ArticleFilter { Country = "RU", Type = "talks" } });

        Assert.Equal([("沙伦赛·贡玛西", "裴青山", 1)], NamedEdges(september));
        Assert.DoesNotContain(before.Nodes, n => n.Name == "沙伦赛·贡玛西");
        Assert.Equal([("拉夫罗夫", "范平明", 1)], NamedEdges(russianTalks));
    }

    [Fact]
    public async Task The_countries_view_has_a_node_per_country_and_an_edge_per_pair_weighted_by_its_meetings()
    {
        await ImportLaosTalksAsync();

        var countries = await GraphAsync(new NetworkFilter { View = NetworkView.Countries });

        Assert.Equal(7, countries.Meetings);
        Assert.Equal(["CN", "LA", "RU", "VN"], countries.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal));
        Assert.Equal(7, countries.Nodes.Single(n => n.Id == "VN").Meetings);
        Assert.Equal(("越南", "Vietnam"), (countries.Nodes.Single(n => n.Id == "VN").Name, countries.Nodes.Single(n => n.Id == "VN").RomanName));
        Assert.Contains(new NetworkEdge("LA", "VN", 2), countries.Edges);
        Assert.Contains(new NetworkEdge("RU", "VN", 1), countries.Edges);
    }

    [Fact]
    public async Task Only_the_busiest_officials_are_nodes_and_the_total_is_kept()
    {
        // More Laotian officials than the cap, each at one meeting with the same Vietnamese minister (rows written
        // directly: a hundred and fifty invented names are more than the extractor should be trusted to read).
        await using (var db = Store.NewContext())
        {
            var minister = new Official { Name = "越南部长", CountryCode = "VN" };
            for (var i = 0; i < NetworkQueries.OfficialCap + 5; i++)
            {
                var laotian = new Official { Name = $"老挝官员{i}", CountryCode = "LA" };
                db.Meetings.Add(new Meeting
                {
                    Pair = "LA-VN", Type = "talks", DatePrecision = "year", Year = 2030,
                    Participants = [new() { Official = minister, CountryCode = "VN" }, new() { Official = laotian, CountryCode = "LA" }],
                });
            }

            await db.SaveChangesAsync();
        }

        var graph = await GraphAsync(new NetworkFilter { FromYear = 2030 });

        Assert.Equal(NetworkQueries.OfficialCap, graph.Nodes.Count);
        Assert.Equal(NetworkQueries.OfficialCap + 6, graph.NodesBeforeCap);
        Assert.True(graph.IsCapped);
        Assert.Equal(("越南部长", NetworkQueries.OfficialCap + 5), (graph.Nodes[0].Name, graph.Nodes[0].Meetings)); // the busiest first, always kept
        Assert.Equal(NetworkQueries.OfficialCap - 1, graph.Edges.Count);
    }
}
