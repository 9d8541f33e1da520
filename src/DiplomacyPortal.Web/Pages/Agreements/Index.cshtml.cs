using DiplomacyPortal.Data;
using DiplomacyPortal.Data.Queries;
using DiplomacyPortal.Web.Presentation;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Web.Pages.Agreements;

/// <summary>The documents signed, one entry per signing, with the pair, country, year, kind and title filters.</summary>
public sealed class IndexModel(IDbContextFactory<PortalDbContext> contexts) : PageModel
{
    public AgreementFilter Filter { get; private set; } = new();

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public AgreementPage Result { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        (Filter, var problems) = AgreementFilterBinding.Read(Request.Query);
        Problems = problems;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        Result = await AgreementQueries.PageAsync(db, Filter, cancellationToken: cancellationToken);
    }

    public string Link(AgreementFilter filter, string path = "/agreements") => AgreementFilterBinding.Link(filter, path);
}
