using DiplomacyPortal.Core.Extraction;
using DiplomacyPortal.Data;
using DiplomacyPortal.Data.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Web.Pages.Pairs;

public sealed class DetailsModel(IDbContextFactory<PortalDbContext> contexts) : PageModel
{
    public PairDetails Pair { get; private set; } = null!;

    public MeetingPage LatestMeetings { get; private set; } = null!;

    /// <summary>The level of the relationship, for a pair with Vietnam.</summary>
    public PartnerFramework? Framework { get; private set; }

    public AgreementPage LatestAgreements { get; private set; } = null!;

    /// <summary>The pair's meetings per year and type, for the stacked chart.</summary>
    public IReadOnlyList<SeriesYearCount> MeetingsByYear { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string pair, CancellationToken cancellationToken)
    {
        if (!CountryPair.TryParse(pair, out var parsed))
        {
            return NotFound();
        }

        // One address per pair: /pairs/CN-VN; VN-CN and cn-vn lead there.
        if (parsed.ToString() != pair)
        {
            return RedirectToPagePermanent("/Pairs/Details", new { pair = parsed.ToString() });
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var details = await PairQueries.PairAsync(db, pair, cancellationToken);
        if (details is null)
        {
            return NotFound();
        }

        Pair = details;
        LatestMeetings = await MeetingQueries.PageAsync(db, new ArticleFilter { Pair = pair, PageSize = 10 }, cancellationToken);
        MeetingsByYear = await ChartQueries.PairMeetingsByTypeAsync(db, pair, cancellationToken);
        Framework = await FrameworkQueries.OfPairAsync(db, pair, cancellationToken);
        LatestAgreements = await AgreementQueries.PageAsync(db, new AgreementFilter { Pair = pair, PageSize = 10 }, withFacets: false, cancellationToken);
        return Page();
    }
}
