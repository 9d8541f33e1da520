using DiplomacyPortal.Data;
using DiplomacyPortal.Data.Queries;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace DiplomacyPortal.Web.Pages;

public sealed class IndexModel(IDbContextFactory<PortalDbContext> contexts, IMemoryCache cache) : PageModel
{
    /// <summary>
    /// The home page summarises the whole store (counts per pair, per official, per month): worth computing at
    /// most twice a minute rather than on every visit. New articles show on it within that time.
    /// </summary>
    private static readonly TimeSpan SummaryLifetime = TimeSpan.FromSeconds(30);

    public HomeView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        View = (await cache.GetOrCreateAsync(nameof(HomeView), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = SummaryLifetime;
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await BrowseQueries.HomeAsync(db, cancellationToken);
        }))!;
    }
}
