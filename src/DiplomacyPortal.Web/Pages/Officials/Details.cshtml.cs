using DiplomacyPortal.Data;
using DiplomacyPortal.Data.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Web.Pages.Officials;

public sealed class DetailsModel(IDbContextFactory<PortalDbContext> contexts) : PageModel
{
    public OfficialDetails Official { get; private set; } = null!;

    public ArticlePage Articles { get; private set; } = null!;

    public MeetingPage Meetings { get; private set; } = null!;

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var official = await OfficialQueries.OfficialAsync(db, id, cancellationToken);
        if (official is null)
        {
            return NotFound();
        }

        Official = official;
        Meetings = await MeetingQueries.PageAsync(db, new ArticleFilter { OfficialId = id, PageSize = 10 }, cancellationToken);
        Articles = await ArticleQueries.PageOfAsync(db, official.ArticleIds, PageNumber, cancellationToken: cancellationToken);
        return Page();
    }
}
