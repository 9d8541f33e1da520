using DiplomacyPortal.Data;
using DiplomacyPortal.Data.Queries;
using DiplomacyPortal.Web.Presentation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DiplomacyPortal.Web.Pages.Dates;

public sealed class IndexModel(IDbContextFactory<PortalDbContext> contexts, IStringLocalizer<SharedResource> t) : PageModel
{
    public int? Year { get; private set; }

    public int? Month { get; private set; }

    public IReadOnlyList<ArchiveBucket> Buckets { get; private set; } = [];

    public ArticlePage? Articles { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? year, int? month, CancellationToken cancellationToken)
    {
        if (year is < 1900 or > 2200 || month is < 1 or > 12)
        {
            return NotFound();
        }

        (Year, Month) = (year, month);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        Buckets = ArchiveBucket.Of(await CountQueries.ArchiveAsync(db, year, month, cancellationToken), year, month, t);
        if (year is not null)
        {
            Articles = await ArticleQueries.PageAsync(db, new ArticleFilter { Year = year, Month = month, PageSize = 50 }, withFacets: false, cancellationToken: cancellationToken);
        }

        return Page();
    }
}
