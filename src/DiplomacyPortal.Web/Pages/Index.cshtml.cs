using DiplomacyPortal.Data.Queries;
using DiplomacyPortal.Data;
using DiplomacyPortal.Web.Middleware;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace DiplomacyPortal.Web.Pages;

public sealed class IndexModel(IDbContextFactory<PortalDbContext> contexts, IMemoryCache cache, StoreChangeSignal changes) : PageModel
{
    /// <summary>
    /// The home page summarises the whole store (counts per pair, per official, per month): worth computing at
    /// most twice a minute rather than on every visit. New articles show on it within that time; an editor's change
    /// (hiding an article) at once.
    /// </summary>
    private static readonly TimeSpan SummaryLifetime = TimeSpan.FromSeconds(30);

    public HomeView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        View = (await cache.GetOrCreateAsync(nameof(HomeView), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = SummaryLifetime;
            entry.AddExpirationToken(changes.Token);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await HomeQueries.HomeAsync(db, cancellationToken);
        }))!;
    }
}
