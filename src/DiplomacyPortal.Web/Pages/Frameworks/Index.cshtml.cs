using DiplomacyPortal.Data;
using DiplomacyPortal.Data.Queries;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Web.Pages.Frameworks;

/// <summary>The table researchers keep by hand: every partner of Vietnam, the level of the relationship, since when, and the level before.</summary>
public sealed class IndexModel(IDbContextFactory<PortalDbContext> contexts) : PageModel
{
    public IReadOnlyList<PartnerFramework> Partners { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        Partners = await FrameworkQueries.AllAsync(db, cancellationToken);
    }
}
