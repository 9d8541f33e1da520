using DiplomacyPortal.Data.Jobs;
using DiplomacyPortal.Data.Storage;
using DiplomacyPortal.Web.Operations;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyPortal.Web.Tests.Operations;

public sealed class ScheduledBackupTests
{
    [Fact]
    public async Task The_portal_backs_the_store_up_when_due_checks_the_copy_and_keeps_only_the_newest()
    {
        var folder = Directory.CreateTempSubdirectory("portal-backups-").FullName;
        foreach (var old in new[] { "portal-20200101-000000.db", "portal-20200102-000000.db", "portal-20200103-000000.db" })
        {
            await File.WriteAllTextAsync(Path.Combine(folder, old), "an old backup");
        }

        await using var portal = PortalFactory.With(seeded: true, new Dictionary<string, string>
        {
            ["Backup:Every"] = "00:01:00", ["Backup:Keep"] = "2", ["Backup:Folder"] = folder,
        });
        using var client = portal.CreateClient();

        // The newest backup is years old, so one is due as soon as the portal starts.
        var made = await WaitForAsync(() => Directory.GetFiles(folder, "portal-2*.db").Where(f => !f.Contains("portal-2020", StringComparison.Ordinal)).ToList());

        var check = await StoreBackups.VerifyAsync(made.Single());
        Assert.True(check.Whole);
        Assert.Equal(5, check.Articles);
        Assert.Equal(["portal-20200103-000000.db", Path.GetFileName(made.Single())], Directory.GetFiles(folder, "portal-*.db").Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_backup_that_keeps_failing_turns_the_health_check_degraded()
    {
        var notAFolder = Path.GetTempFileName();
        await using var portal = PortalFactory.With(seeded: false, new Dictionary<string, string> { ["Backup:Folder"] = notAFolder });
        using var client = portal.CreateClient();
        var backups = portal.Services.GetRequiredService<ScheduledBackups>();

        var healthy = await client.GetStringAsync(new Uri("/healthz", UriKind.Relative));
        for (var run = 0; run < BackgroundJobs.FailingAfter; run++)
        {
            Assert.Null(await backups.RunOnceAsync());
        }

        using var degraded = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        var report = await degraded.Content.ReadAsStringAsync();

        Assert.Contains("\"status\":\"Healthy\"", healthy, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, degraded.StatusCode);
        Assert.Contains("\"status\":\"Degraded\"", report, StringComparison.Ordinal);
        Assert.Contains("backup (3 runs in a row)", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_that_cannot_be_reached_turns_the_health_check_degraded()
    {
        await using var portal = PortalFactory.With(seeded: false);
        using var client = portal.CreateClient();
        await client.GetStringAsync(new Uri("/healthz", UriKind.Relative));

        // The store's file replaced by a folder: SQLite can no longer open it.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(portal.DatabasePath)!, "portal.db*"))
        {
            File.Delete(file);
        }

        Directory.CreateDirectory(portal.DatabasePath);
        var report = await client.GetStringAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Contains("\"status\":\"Degraded\"", report, StringComparison.Ordinal);
        Assert.Contains("{\"name\":\"database\",\"status\":\"Degraded\"", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_schedule_shorter_than_a_minute_stops_the_portal_with_the_reason()
    {
        await using var portal = PortalFactory.With(seeded: false, new Dictionary<string, string> { ["Backup:Every"] = "00:00:05" });

        var error = Assert.ThrowsAny<Exception>(() => portal.CreateClient());

        Assert.Contains("Backup:Every must be at least 00:01:00", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_running_portal_holds_its_store_so_a_restore_is_refused()
    {
        await using var portal = PortalFactory.With(seeded: true);
        using var client = portal.CreateClient();
        var backup = Path.Combine(Path.GetDirectoryName(portal.DatabasePath)!, "copy.db");
        await StoreBackups.CopyAsync(StoreSettings.Sqlite(portal.DatabasePath), backup);

        await Assert.ThrowsAsync<StoreInUseException>(() => StoreBackups.RestoreAsync(StoreSettings.Sqlite(portal.DatabasePath), backup, TimeProvider.System));
    }

    private static async Task<List<string>> WaitForAsync(Func<List<string>> files)
    {
        Assert.True(await Eventually.HoldsAsync(() => files().Count > 0), "No backup was made within 30 seconds.");

        // The copy is written, then checked: give the check a moment before pruning is looked at.
        await Task.Delay(500);
        return files();
    }
}
