using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Tests;

/// <summary>How a new SQLite store's file is laid out: the settings kept in the file itself.</summary>
public sealed class StoreFileTests
{
    [SqliteFact]
    public async Task A_new_store_is_in_WAL_mode_with_8_KB_pages()
    {
        await using var store = await TestStore.CreateSqliteAsync();
        await using var db = store.NewContext();

        Assert.Equal("wal", await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS Value FROM pragma_journal_mode").SingleAsync());
        Assert.Equal(8192, await db.Database.SqlQueryRaw<int>("SELECT page_size AS Value FROM pragma_page_size").SingleAsync());
    }
}
