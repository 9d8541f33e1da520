using DiplomacyPortal.Data.Editing;
using DiplomacyPortal.Data.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DiplomacyPortal.Web.Pages.Editor;

/// <summary>An article's audit log: who changed what, when, from which value to which.</summary>
public sealed class HistoryModel(ArticleEditor editor) : PageModel
{
    public EditableArticle Article { get; private set; } = null!;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await editor.FindAsync(id, cancellationToken) is not { } article)
        {
            return NotFound();
        }

        Article = article;
        Entries = await editor.HistoryAsync(id, cancellationToken);
        return Page();
    }
}
