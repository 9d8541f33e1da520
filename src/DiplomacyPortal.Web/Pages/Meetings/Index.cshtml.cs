using DiplomacyPortal.Data.Queries;
using DiplomacyPortal.Data;
using DiplomacyPortal.Web.Presentation;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Web.Pages.Meetings;

/// <summary>The meetings dataset: who met whom, with the Articles page's filters.</summary>
public sealed class IndexModel(IDbContextFactory<PortalDbContext> contexts) : PageModel
{
    public ArticleFilter Filter { get; private set; } = new();

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public MeetingPage Result { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        (Filter, var problems) = ArticleFilterBinding.Read(Request.Query);
        Problems = problems;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        Result = await MeetingQueries.PageAsync(db, Filter, cancellationToken);
    }

    public string Link(ArticleFilter filter, string path = "/meetings") => ArticleFilterBinding.Link(filter, path);
}
