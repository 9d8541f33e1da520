using DiplomacyPortal.Data;
using DiplomacyPortal.Data.Queries;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Web.Pages;

public sealed class IndexModel(IDbContextFactory<PortalDbContext> contexts) : PageModel
{
    public HomeView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        View = await BrowseQueries.HomeAsync(db, cancellationToken);
    }
}
