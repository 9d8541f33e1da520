using DiplomacyPortal.Data;
using DiplomacyPortal.Data.Queries;
using DiplomacyPortal.Web.Presentation.Charts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DiplomacyPortal.Web.Pages.Compare;

/// <summary>Up to four pairs side by side: meetings per year and top-level visits per year.</summary>
public sealed class IndexModel(IDbContextFactory<PortalDbContext> contexts, IStringLocalizer<SharedResource> t) : PageModel
{
    /// <summary>The pairs as the query names them (pair=VN-CN&amp;pair=VN-LA); empty choices of the form are ignored.</summary>
    [BindProperty(SupportsGet = true, Name = "pair")]
    public List<string?> Requested { get; set; } = [];

    /// <summary>The pairs the store has articles of, for the form's lists.</summary>
    public IReadOnlyList<PairSummary> KnownPairs { get; private set; } = [];

    /// <summary>The pairs compared, in their one spelling (CN-VN).</summary>
    public IReadOnlyList<string> Pairs { get; private set; } = [];

    /// <summary>Why a requested pair is left out.</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public IReadOnlyList<SeriesYearCount> Meetings { get; private set; } = [];

    public IReadOnlyList<SeriesYearCount> Visits { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        KnownPairs = await PairQueries.PairsAsync(db, cancellationToken);
        (Pairs, Problems) = ComparedPairs.Read(Requested, KnownPairs.Select(p => p.Pair).ToHashSet(), t);
        if (Pairs.Count > 0)
        {
            Meetings = await ChartQueries.MeetingsByPairAsync(db, [.. Pairs], topLevelVisitsOnly: false, cancellationToken);
            Visits = await ChartQueries.MeetingsByPairAsync(db, [.. Pairs], topLevelVisitsOnly: true, cancellationToken);
        }
    }
}
