using DiplomacyPortal.Data;
using DiplomacyPortal.Data.Queries;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Web.Pages.Pairs;

public sealed class IndexModel(IDbContextFactory<PortalDbContext> contexts) : PageModel
{
    public IReadOnlyList<PairSummary> Pairs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        Pairs = await PairQueries.PairsAsync(db, cancellationToken);
    }
}
