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
        // The ids are integers from our own inserts, never user input.
#pragma warning disable EF1002
        await db.Database.ExecuteSqlRawAsync(
            $"""
            UPDATE "RelatedItems"
            SET "LinkedArticleId" = (SELECT a."Id" FROM "Articles" a WHERE a."HeadlineKey" = "RelatedItems"."HeadlineKey" AND a."Id" <> "RelatedItems"."ArticleId" ORDER BY a."Id" LIMIT 1)
            WHERE "LinkedArticleId" IS NULL
              AND "HeadlineKey" <> ''
              AND ("ArticleId" IN ({ids}) OR "HeadlineKey" IN (SELECT "HeadlineKey" FROM "Articles" WHERE "Id" IN ({ids}) AND "HeadlineKey" IS NOT NULL))
            """,
            cancellationToken);
#pragma warning restore EF1002
    }
}
