using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DiplomacyPortal.Data.Migrations
{
    /// <summary>The search index merges sixteen segments at a time (see SearchIndex.MergeSettingsSql); the settings live in the FTS5 table.</summary>
    public partial class SearchMergesSixteenSegments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(DiplomacyPortal.Data.Search.SearchIndex.MergeSettingsSql);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // FTS5's defaults.
            migrationBuilder.Sql("INSERT INTO ArticleSearch(ArticleSearch, rank) VALUES('automerge', 4); INSERT INTO ArticleSearch(ArticleSearch, rank) VALUES('crisismerge', 16);");
        }
    }
}
