using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DiplomacyPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class DocumentPairAndDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "Date",
                table: "ArticlePartnerships",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Day",
                table: "ArticlePartnerships",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Month",
                table: "ArticlePartnerships",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Pair",
                table: "ArticlePartnerships",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReachedIn",
                table: "ArticlePartnerships",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "Date",
                table: "ArticleDocuments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Day",
                table: "ArticleDocuments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Month",
                table: "ArticleDocuments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Pair",
                table: "ArticleDocuments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Year",
                table: "ArticleDocuments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ArticlePartnerships_Pair",
                table: "ArticlePartnerships",
                column: "Pair");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleDocuments_Pair_Date",
                table: "ArticleDocuments",
                columns: new[] { "Pair", "Date" });

            // Rows written before these columns existed: the statement's year moves to ReachedIn, and every row takes
            // its article's pair and date (afterwards they are copied when the rows are derived).
            migrationBuilder.Sql("UPDATE \"ArticlePartnerships\" SET \"ReachedIn\" = \"Year\";");
            foreach (var table in new[] { "ArticleDocuments", "ArticlePartnerships" })
            {
                migrationBuilder.Sql(
                    $"UPDATE \"{table}\" SET " + string.Join(", ", new[] { "Pair", "Date", "Year", "Month", "Day" }.Select(column =>
                        $"\"{column}\" = (SELECT a.\"{column}\" FROM \"Articles\" a WHERE a.\"Id\" = \"{table}\".\"ArticleId\")")) + ";");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ArticlePartnerships_Pair",
                table: "ArticlePartnerships");

            migrationBuilder.DropIndex(
                name: "IX_ArticleDocuments_Pair_Date",
                table: "ArticleDocuments");

            migrationBuilder.DropColumn(
                name: "Date",
                table: "ArticlePartnerships");

            migrationBuilder.DropColumn(
                name: "Day",
                table: "ArticlePartnerships");

            migrationBuilder.DropColumn(
                name: "Month",
                table: "ArticlePartnerships");

            migrationBuilder.DropColumn(
                name: "Pair",
                table: "ArticlePartnerships");

            migrationBuilder.DropColumn(
                name: "ReachedIn",
                table: "ArticlePartnerships");

            migrationBuilder.DropColumn(
                name: "Date",
                table: "ArticleDocuments");

            migrationBuilder.DropColumn(
                name: "Day",
                table: "ArticleDocuments");

            migrationBuilder.DropColumn(
                name: "Month",
                table: "ArticleDocuments");

            migrationBuilder.DropColumn(
                name: "Pair",
                table: "ArticleDocuments");

            migrationBuilder.DropColumn(
                name: "Year",
                table: "ArticleDocuments");
        }
    }
}
