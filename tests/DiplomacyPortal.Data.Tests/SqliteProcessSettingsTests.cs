using DiplomacyPortal.Data.Storage;
using SQLitePCL;

namespace DiplomacyPortal.Data.Tests;

public sealed class SqliteProcessSettingsTests
{
    [Fact]
    public void The_memory_bound_is_one_setting_for_every_connection_of_the_process()
    {
        Batteries_V2.Init();
        var before = raw.sqlite3_soft_heap_limit64(-1);
        try
        {
            SqliteProcessSettings.LimitMemory(32L * 1024 * 1024);

            // A negative argument reads the bound without changing it.
            Assert.Equal(32L * 1024 * 1024, raw.sqlite3_soft_heap_limit64(-1));
        }
        finally
        {
            raw.sqlite3_soft_heap_limit64(before);
        }
    }
}
