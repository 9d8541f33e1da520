using DiplomacyPortal.Data.Queries;
using DiplomacyPortal.Data;
using DiplomacyPortal.Web.Presentation;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Web.Pages.Articles;

public sealed class IndexModel(IDbContextFactory<PortalDbContext> contexts) : PageModel
{
    public ArticleFilter Filter { get; private set; } = new();

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public ArticlePage Result { get; private set; } = null!;

    /// <summary>The official the list is filtered by, named for the filter's chip.</summary>
    public OfficialLabel? Official { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        (Filter, var problems) = ArticleFilterBinding.Read(Request.Query);
        Problems = problems;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        Result = await ArticleQueries.PageAsync(db, Filter, cancellationToken: cancellationToken);
        if (Filter.OfficialId is { } id)
        {
            Official = await OfficialQueries.LabelAsync(db, id, cancellationToken);
        }
    }

    public string Link(ArticleFilter filter, string path = "/articles") => ArticleFilterBinding.Link(filter, path);
}
