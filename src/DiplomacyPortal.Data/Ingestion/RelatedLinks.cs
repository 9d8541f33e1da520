using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Ingestion;

/// <summary>
/// Links related items (更多) to the full articles they name, by normalised headline, in both directions of
/// upload order: the new articles' items to stored articles, and stored items to the new articles.
/// </summary>
internal static class RelatedLinks
{
    public static async Task UpdateAsync(PortalDbContext db, IReadOnlyCollection<int> articleIds, CancellationToken cancellationToken)
    {
        if (articleIds.Count == 0)
        {
            return;
        }

        var ids = string.Join(',', articleIds);
        const string FirstArticleWithTheHeadline =
            "(SELECT a.\"Id\" FROM \"Articles\" a WHERE a.\"HeadlineKey\" = \"RelatedItems\".\"HeadlineKey\" AND a.\"Id\" <> \"RelatedItems\".\"ArticleId\" ORDER BY a.\"Id\" LIMIT 1)";

        // Two statements, each led by an index of its own: the new articles' items (by ArticleId), and stored
        // items naming a new article's headline (by HeadlineKey). The unary + keeps the planner off the index on
        // LinkedArticleId, where "IS NULL" would walk every item not linked yet: a cost that grew with the store.
        // The ids are integers from our own inserts, never user input.
#pragma warning disable EF1002
        await db.Database.ExecuteSqlRawAsync(
            $"""
            UPDATE "RelatedItems" SET "LinkedArticleId" = {FirstArticleWithTheHeadline}
            WHERE "ArticleId" IN ({ids}) AND +"LinkedArticleId" IS NULL AND "HeadlineKey" <> ''
            """,
            cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            $"""
            UPDATE "RelatedItems" SET "LinkedArticleId" = {FirstArticleWithTheHeadline}
            WHERE "HeadlineKey" IN (SELECT "HeadlineKey" FROM "Articles" WHERE "Id" IN ({ids}) AND "HeadlineKey" IS NOT NULL AND "HeadlineKey" <> '')
              AND +"LinkedArticleId" IS NULL
            """,
            cancellationToken);
#pragma warning restore EF1002
    }
}
