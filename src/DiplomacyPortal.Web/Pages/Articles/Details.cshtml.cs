using DiplomacyPortal.Data;
using DiplomacyPortal.Data.Queries;
using DiplomacyPortal.Web.Presentation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Web.Pages.Articles;

public sealed class DetailsModel(IDbContextFactory<PortalDbContext> contexts) : PageModel
{
    public ArticleDetails Article { get; private set; } = null!;

    public IReadOnlyList<BodyParagraph> Paragraphs { get; private set; } = [];

    public IReadOnlyList<AgreementSummary> Agreements { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var article = await ArticleDetailsQueries.ArticleAsync(db, id, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        Article = article;
        Paragraphs = BodyParagraph.Of(article.Body, article.Subheadings);
        Agreements = await AgreementQueries.OfArticleAsync(db, id, cancellationToken);
        return Page();
    }
}
