using DiplomacyPortal.Data;
using DiplomacyPortal.Data.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Web.Pages.Editor;

/// <summary>The raw file an article came from, byte for byte, as a download (never rendered as a page).</summary>
public sealed class OriginalModel(IDbContextFactory<PortalDbContext> contexts) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var source = await ReviewQueries.OriginalOfAsync(db, id, cancellationToken);
        return source is null ? NotFound() : File(source.Content, "application/octet-stream", source.FileName);
    }
}
