using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DiplomacyPortal.Data.Migrations
{
    /// <summary>
    /// The search table with the ascii tokenizer (the tokens come from C#). The table is created empty;
    /// StoreInitializer.RunAsync fills it again from the articles, which SQL alone cannot tokenise.
    /// </summary>
    public partial class SearchAsciiTokenizer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS ArticleSearch;");
            migrationBuilder.Sql(DiplomacyPortal.Data.Search.SearchIndex.CreateTableSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS ArticleSearch;");
            migrationBuilder.Sql("CREATE VIRTUAL TABLE ArticleSearch USING fts5(head_bi, body_bi, head_uni, body_uni, latin, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');");
        }
    }
}
