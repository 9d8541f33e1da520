using DiplomacyPortal.Data;
using DiplomacyPortal.Data.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Web.Pages.Articles;

public sealed class DetailsModel(IDbContextFactory<PortalDbContext> contexts) : PageModel
{
    public ArticleDetails Article { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var article = await ArticleDetailsQueries.ArticleAsync(db, id, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        Article = article;
        return Page();
    }
}
