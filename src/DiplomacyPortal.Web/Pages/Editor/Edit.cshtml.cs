using DiplomacyPortal.Data.Accounts;
using DiplomacyPortal.Data.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace DiplomacyPortal.Web.Pages.Editor;

/// <summary>Corrects an article's date, pair, meeting type and officials; hides it, or (admins) restores it.</summary>
public sealed class EditModel(ArticleEditor editor, IStringLocalizer<SharedResource> t) : PageModel
{
    public EditableArticle Article { get; private set; } = null!;

    [BindProperty]
    public CorrectionForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Saved { get; set; }

    private string Editor => User.Identity!.Name!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await editor.FindAsync(id, cancellationToken) is not { } article)
        {
            return NotFound();
        }

        Article = article;
        Form = CorrectionForm.From(article.Values);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await editor.FindAsync(id, cancellationToken) is not { } article)
        {
            return NotFound();
        }

        Article = article;
        var correction = Form.ToCorrection(out var halfPair);
        if (halfPair)
        {
            ModelState.AddModelError("Form.CountryA", t["请选择国家对的两个国家，或都不选。"]);
        }

        if (ModelState.IsValid)
        {
            var result = await editor.CorrectAsync(id, correction, Editor, cancellationToken);
            if (result.Succeeded)
            {
                return RedirectToPage(new { id, saved = result.ChangedFields.Count > 0 ? "changes" : "nothing" });
            }

            foreach (var (field, message) in result.Errors)
            {
                ModelState.AddModelError(field == "Pair" ? "Form.CountryA" : $"Form.{field}", message);
            }
        }

        // The editor's input stays on the form with the reasons beside it.
        Form.Officials.AddRange(Enumerable.Range(0, Math.Max(0, CorrectionForm.NewOfficialRows - Form.Officials.Count(o => string.IsNullOrWhiteSpace(o.Name)))).Select(_ => new OfficialRow()));
        return Page();
    }

    public async Task<IActionResult> OnPostHideAsync(int id, CancellationToken cancellationToken)
    {
        if (await editor.FindAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        await editor.SetHiddenAsync(id, hidden: true, Editor, cancellationToken);
        return RedirectToPage(new { id, saved = "hidden" });
    }

    public async Task<IActionResult> OnPostRestoreAsync(int id, CancellationToken cancellationToken)
    {
        if (!User.IsInRole(PortalRoles.Admin))
        {
            return Forbid();
        }

        if (await editor.FindAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        await editor.SetHiddenAsync(id, hidden: false, Editor, cancellationToken);
        return RedirectToPage(new { id, saved = "restored" });
    }
}
