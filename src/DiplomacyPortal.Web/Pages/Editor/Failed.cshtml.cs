using DiplomacyPortal.Data;
using DiplomacyPortal.Data.Ingestion;
using DiplomacyPortal.Data.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Web.Pages.Editor;

/// <summary>Files whose import failed, each with its reason and a retry for after a parser fix.</summary>
public sealed class FailedModel(IDbContextFactory<PortalDbContext> contexts, ArticleIngestor ingestor) : PageModel
{
    public IReadOnlyList<FailedFile> Files { get; private set; } = [];

    public ImportResult? Retried { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostRetryAsync(int id, CancellationToken cancellationToken)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (!await db.SourceFiles.AnyAsync(f => f.Id == id, cancellationToken))
            {
                return NotFound();
            }
        }

        Retried = await ingestor.RetryAsync(id, cancellationToken);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        Files = await ReviewQueries.FailedFilesAsync(db, cancellationToken);
    }
}
