using DiplomacyPortal.Data.Storage;

namespace DiplomacyPortal.Data.Tests;

/// <summary>These tests change the process's working directory, so nothing runs beside them.</summary>
[CollectionDefinition(nameof(WorkingDirectory), DisableParallelization = true)]
public sealed class WorkingDirectory;

[Collection(nameof(WorkingDirectory))]
public sealed class DatabaseLocationTests
{
    [SqliteFact]
    public void The_default_store_is_data_portal_db_at_the_checkout_root_wherever_the_process_starts()
    {
        var original = Directory.GetCurrentDirectory();
        var checkout = Directory.CreateTempSubdirectory("checkout-").FullName;
        var project = Directory.CreateDirectory(Path.Combine(checkout, "src", "DiplomacyPortal.Web")).FullName;
        File.WriteAllText(Path.Combine(checkout, "DiplomacyPortal.sln"), string.Empty);
        try
        {
            Directory.SetCurrentDirectory(project);
            var fromProject = StoreLocation.DefaultPath;
            Directory.SetCurrentDirectory(checkout);
            var fromRoot = StoreLocation.DefaultPath;

            Assert.Equal(Path.Combine(checkout, "data", "portal.db"), fromProject);
            Assert.Equal(fromProject, fromRoot);
        }
        finally
        {
            Directory.SetCurrentDirectory(original);
            Directory.Delete(checkout, recursive: true);
        }
    }

    [SqliteFact]
    public void A_configured_connection_string_wins_and_gets_a_busy_timeout()
    {
        var folder = Directory.CreateTempSubdirectory("configured-").FullName;
        try
        {
            var connectionString = StoreLocation.ResolveConnectionString($"Data Source={Path.Combine(folder, "x", "store.db")}");

            Assert.Contains("store.db", connectionString, StringComparison.Ordinal);
            Assert.Equal(30, new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DefaultTimeout);
            Assert.True(Directory.Exists(Path.Combine(folder, "x")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
