using DiplomacyPortal.Core.Gazetteer;
using DiplomacyPortal.Data;
using DiplomacyPortal.Data.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Web.Pages.Countries;

public sealed class DetailsModel(IDbContextFactory<PortalDbContext> contexts) : PageModel
{
    public string Code { get; private set; } = string.Empty;

    public IReadOnlyList<PairSummary> Pairs { get; private set; } = [];

    public IReadOnlyList<OfficialSummary> Officials { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (!GazetteerData.Default.CountriesByCode.ContainsKey(code))
        {
            return NotFound();
        }

        Code = code.ToUpperInvariant();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        (Pairs, Officials) = await CountryQueries.CountryAsync(db, Code, cancellationToken);
        return Page();
    }
}
