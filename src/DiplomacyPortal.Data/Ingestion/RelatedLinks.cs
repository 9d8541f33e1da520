using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Ingestion;

/// <summary>
/// Links related items (更多) to the full articles they name, by the address of their link where a fetched page has it,
/// else by normalised headline, in both directions of upload order: the new articles' items to stored articles, and
/// stored items to the new articles.
/// </summary>
internal static class RelatedLinks
{
    private const string FirstArticleWithTheHeadline =
        "(SELECT a.\"Id\" FROM \"Articles\" a WHERE a.\"HeadlineKey\" = \"RelatedItems\".\"HeadlineKey\" AND a.\"Id\" <> \"RelatedItems\".\"ArticleId\" ORDER BY a.\"Id\" LIMIT 1)";

    /// <summary>The article whose current page was fetched from (or names as its own) the item's address.</summary>
    private const string ArticleAtTheAddress =
        "(SELECT f.\"ArticleId\" FROM \"SourceFiles\" f WHERE (f.\"CanonicalUrl\" = \"RelatedItems\".\"Url\" OR f.\"FetchedFrom\" = \"RelatedItems\".\"Url\") "
        + "AND f.\"Status\" = 'Imported' AND f.\"ArticleId\" <> \"RelatedItems\".\"ArticleId\" ORDER BY f.\"Id\" DESC LIMIT 1)";

    /// <summary>Links the new articles' items to stored articles, and stored items to the new articles.</summary>
    public static async Task UpdateAsync(PortalDbContext db, IReadOnlyCollection<int> articleIds, CancellationToken cancellationToken)
    {
        if (articleIds.Count == 0)
        {
            return;
        }

        // By address first: a link says exactly which page it means, a headline may be shared by two stories.
        // The ids are integers from our own inserts, never user input.
        var ids = string.Join(',', articleIds);
#pragma warning disable EF1002
        await db.Database.ExecuteSqlRawAsync(
            $"""
            UPDATE "RelatedItems" SET "LinkedArticleId" = {ArticleAtTheAddress}
            WHERE "ArticleId" IN ({ids}) AND +"LinkedArticleId" IS NULL AND "Url" IS NOT NULL
            """,
            cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            $"""
            UPDATE "RelatedItems" SET "LinkedArticleId" = {ArticleAtTheAddress}
            WHERE "Url" IN (SELECT "CanonicalUrl" FROM "SourceFiles" WHERE "ArticleId" IN ({ids}) AND "CanonicalUrl" IS NOT NULL
                            UNION SELECT "FetchedFrom" FROM "SourceFiles" WHERE "ArticleId" IN ({ids}) AND "FetchedFrom" IS NOT NULL)
              AND +"LinkedArticleId" IS NULL
            """,
            cancellationToken);
#pragma warning restore EF1002

        await LinkItemsOfAsync(db, articleIds, cancellationToken);

        // Led by the index on the items' HeadlineKey. The unary + keeps the planner off the index on LinkedArticleId,
        // where "IS NULL" would walk every item not linked yet: a cost that grew with the store.
        // The ids are integers from our own inserts, never user input.
#pragma warning disable EF1002
        await db.Database.ExecuteSqlRawAsync(
            $"""
            UPDATE "RelatedItems" SET "LinkedArticleId" = {FirstArticleWithTheHeadline}
            WHERE "HeadlineKey" IN (SELECT "HeadlineKey" FROM "Articles" WHERE "Id" IN ({string.Join(',', articleIds)}) AND "HeadlineKey" IS NOT NULL AND "HeadlineKey" <> '')
              AND +"LinkedArticleId" IS NULL
            """,
            cancellationToken);
#pragma warning restore EF1002
    }

    /// <summary>
    /// Links the items of the new articles to stored articles only: a bulk import's batches, which leave the index on
    /// the items' headline keys out and link the stored items once at the end (<see cref="LinkAllAsync"/>).
    /// </summary>
    public static async Task LinkItemsOfAsync(PortalDbContext db, IReadOnlyCollection<int> articleIds, CancellationToken cancellationToken)
    {
        if (articleIds.Count == 0)
        {
            return;
        }

        // Led by the index on the items' ArticleId; the + keeps the planner off the index on LinkedArticleId (see
        // UpdateAsync). The ids are integers from our own inserts, never user input.
#pragma warning disable EF1002
        await db.Database.ExecuteSqlRawAsync(
            $"""
            UPDATE "RelatedItems" SET "LinkedArticleId" = {FirstArticleWithTheHeadline}
            WHERE "ArticleId" IN ({string.Join(',', articleIds)}) AND +"LinkedArticleId" IS NULL AND "HeadlineKey" <> ''
            """,
            cancellationToken);
#pragma warning restore EF1002
    }

    /// <summary>Links every item not linked yet whose headline an article has: once, at the end of a bulk import.</summary>
    public static Task LinkAllAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(
            "UPDATE \"RelatedItems\" SET \"LinkedArticleId\" = " + FirstArticleWithTheHeadline + " WHERE \"LinkedArticleId\" IS NULL AND \"HeadlineKey\" <> ''",
            cancellationToken);
}
