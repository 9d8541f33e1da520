namespace DiplomacyPortal.Data.Migrations;

/// <summary>SQL that fills new columns from existing rows; the same text serves the SQLite and the PostgreSQL migrations.</summary>
public static class Backfills
{
    /// <summary>Copies each article's pair and date onto its official links (see <see cref="Entities.ArticleOfficial"/>).</summary>
    public const string ArticleOfficialPairsAndDates =
        "UPDATE \"ArticleOfficials\" SET \"Pair\" = a.\"Pair\", \"Date\" = a.\"Date\", \"Year\" = a.\"Year\", \"Month\" = a.\"Month\" " +
        "FROM \"Articles\" AS a WHERE a.\"Id\" = \"ArticleOfficials\".\"ArticleId\";";
}
