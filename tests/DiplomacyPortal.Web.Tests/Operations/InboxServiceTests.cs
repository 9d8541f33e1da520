
namespace DiplomacyPortal.Web.Tests.Operations;

public sealed class InboxServiceTests
{
    [Fact]
    public async Task The_portal_imports_a_file_dropped_into_its_inbox_by_itself()
    {
        await using var portal = PortalFactory.With(seeded: false, new Dictionary<string, string> { ["Ingestion:SettleSeconds"] = "0", ["Ingestion:RescanSeconds"] = "1" });
        using var client = portal.CreateClient();
        var inbox = Path.Combine(Path.GetDirectoryName(portal.DatabasePath)!, "inbox");
        Directory.CreateDirectory(inbox);

        await File.WriteAllBytesAsync(Path.Combine(inbox, "dropped.txt"), await File.ReadAllBytesAsync(Uploads.SeedPath("004")));
        var moved = await WaitForAsync(() => Directory.Exists(Path.Combine(inbox, "done")) ? Directory.GetFiles(Path.Combine(inbox, "done"), "dropped.txt", SearchOption.AllDirectories) : []);

        Assert.Single(moved);
        Assert.Equal((1, 1, 0), await portal.StoreCountsAsync());
        Assert.Contains("\"name\":\"background jobs\",\"status\":\"Healthy\"", await client.GetStringAsync(new Uri("/healthz", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_ingestion_switched_off_the_inbox_is_left_alone()
    {
        await using var portal = PortalFactory.With(seeded: false, new Dictionary<string, string> { ["Ingestion:Enabled"] = "false", ["Ingestion:SettleSeconds"] = "0", ["Ingestion:RescanSeconds"] = "1" });
        using var client = portal.CreateClient();
        var inbox = Path.Combine(Path.GetDirectoryName(portal.DatabasePath)!, "inbox");
        Directory.CreateDirectory(inbox);
        await File.WriteAllBytesAsync(Path.Combine(inbox, "dropped.txt"), await File.ReadAllBytesAsync(Uploads.SeedPath("004")));

        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.True(File.Exists(Path.Combine(inbox, "dropped.txt")));
        Assert.Equal((0, 0, 0), await portal.StoreCountsAsync());
    }

    [Fact]
    public async Task An_inbox_that_cannot_be_made_leaves_the_portal_serving_and_turns_health_degraded()
    {
        var notAFolder = Path.GetTempFileName();
        await using var portal = PortalFactory.With(seeded: false, new Dictionary<string, string>
        {
            ["Ingestion:Inbox"] = Path.Combine(notAFolder, "inbox"), ["Ingestion:SettleSeconds"] = "0", ["Ingestion:RescanSeconds"] = "1",
        });
        using var client = portal.CreateClient();

        var report = string.Empty;
        await Eventually.HoldsAsync(async () => (report = await client.GetStringAsync(new Uri("/healthz", UriKind.Relative))).Contains("inbox (", StringComparison.Ordinal), TimeSpan.FromSeconds(10));

        Assert.Contains("\"status\":\"Degraded\"", report, StringComparison.Ordinal);
        Assert.Contains("inbox (", report, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(new Uri("/articles", UriKind.Relative))).StatusCode);
    }

    private static async Task<string[]> WaitForAsync(Func<string[]> files)
    {
        await Eventually.HoldsAsync(() => files().Length > 0);
        return files();
    }
}
