using DiplomacyPortal.Data;
using DiplomacyPortal.Data.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Web.Pages.Meetings;

/// <summary>One meeting of the dataset: who met, where, the reporting articles and the documents signed.</summary>
public sealed class DetailsModel(IDbContextFactory<PortalDbContext> contexts) : PageModel
{
    public MeetingSummary Meeting { get; private set; } = null!;

    public IReadOnlyList<AgreementSummary> Agreements { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await MeetingQueries.MeetingAsync(db, id, cancellationToken) is not { } meeting)
        {
            return NotFound();
        }

        Meeting = meeting;
        Agreements = await AgreementQueries.OfArticlesAsync(db, meeting.ArticleIds, cancellationToken);
        return Page();
    }
}
