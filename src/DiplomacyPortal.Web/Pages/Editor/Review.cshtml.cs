using DiplomacyPortal.Data.Queries;
using DiplomacyPortal.Data;
using DiplomacyPortal.Web.Presentation;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Web.Pages.Editor;

/// <summary>Articles that need a human: parser warnings, unknown year, no pair, an official of unknown country; and the hidden ones.</summary>
public sealed class ReviewModel(IDbContextFactory<PortalDbContext> contexts) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public ReviewReason Reason { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ReviewItem> Items { get; private set; } = [];

    public IReadOnlyList<ArticleSummary> Hidden { get; private set; } = [];

    public PaginationModel Pagination { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (items, total) = await ReviewQueries.QueueAsync(db, Reason, PageNumber, PageSize, cancellationToken);
        Items = items;
        Hidden = await ReviewQueries.HiddenAsync(db, cancellationToken);
        Pagination = new PaginationModel(Math.Max(1, PageNumber), Math.Max(1, (total + PageSize - 1) / PageSize), page => $"/editor/review?reason={Reason}&page={page}");
    }
}
