using DiplomacyPortal.Data;
using DiplomacyPortal.Data.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Web.Pages.Officials;

public sealed class IndexModel(IDbContextFactory<PortalDbContext> contexts) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "name")]
    public string? NameFilter { get; set; }

    public IReadOnlyList<IGrouping<string?, OfficialSummary>> ByCountry { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var officials = await OfficialQueries.OfficialsAsync(db, NameFilter, cancellationToken);
        ByCountry = officials.GroupBy(o => o.CountryCode).OrderBy(g => g.Key == "VN" ? 0 : g.Key is null ? 2 : 1).ThenByDescending(g => g.Sum(o => o.Articles)).ToList();
    }
}
