using DiplomacyPortal.Data.Queries;
using DiplomacyPortal.Data;
using DiplomacyPortal.Web.Presentation;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Web.Pages.Search;

public sealed class IndexModel(IDbContextFactory<PortalDbContext> contexts) : PageModel
{
    public ArticleFilter Filter { get; private set; } = new();

    public ArticlePage? Result { get; private set; }

    /// <summary>Text to cut snippets from, by article id: lead, else the start of the body.</summary>
    public IReadOnlyDictionary<int, string> Texts { get; private set; } = new Dictionary<int, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        (Filter, _) = ArticleFilterBinding.Read(Request.Query);
        if (string.IsNullOrWhiteSpace(Filter.Query))
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        Result = await ArticleQueries.PageAsync(db, Filter, withFacets: false, cancellationToken: cancellationToken);
        Texts = await ArticleQueries.TextsAsync(db, [.. Result.Items.Select(i => i.Id)], cancellationToken);
    }
}
