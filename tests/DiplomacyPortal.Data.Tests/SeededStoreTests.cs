using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Tests;

/// <summary>A base for tests that read a store of their own holding the five sample articles.</summary>
public abstract class SeededStoreTests : IAsyncLifetime
{
    protected TestStore Store { get; private set; } = null!;

    /// <summary>Article ids of the seeds, in file order (000 … 004).</summary>
    protected List<int> Ids { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Store = await TestStore.CreateAsync();
        Ids = (await Store.ImportSeedsAsync()).Select(r => r.ArticleId!.Value).ToList();
    }

    public async Task DisposeAsync() => await Store.DisposeAsync();

    /// <summary>Sets an article's hidden flag on its row alone, for tests of queries that read the flag (the editors' hiding also updates meetings).</summary>
    protected async Task SetHiddenFlagAsync(int articleId)
    {
        await using var db = Store.NewContext();
        var article = await db.Articles.SingleAsync(a => a.Id == articleId);
        article.IsHidden = true;
        await db.SaveChangesAsync();
    }
}
