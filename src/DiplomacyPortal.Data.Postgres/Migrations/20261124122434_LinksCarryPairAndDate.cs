using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DiplomacyPortal.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class LinksCarryPairAndDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ArticleOfficials_OfficialId_ArticleId",
                table: "ArticleOfficials");

            migrationBuilder.AddColumn<DateTime>(
                name: "Date",
                table: "ArticleOfficials",
                type: "timestamp without time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Month",
                table: "ArticleOfficials",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Pair",
                table: "ArticleOfficials",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Year",
                table: "ArticleOfficials",
                type: "integer",
                nullable: true);

            migrationBuilder.Sql(DiplomacyPortal.Data.Migrations.Backfills.ArticleOfficialPairsAndDates);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingParticipants_MeetingId_OfficialId_CountryCode",
                table: "MeetingParticipants",
                columns: new[] { "MeetingId", "OfficialId", "CountryCode" });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleOfficials_OfficialId_ArticleId_Date_Year_Month_Title",
                table: "ArticleOfficials",
                columns: new[] { "OfficialId", "ArticleId", "Date", "Year", "Month", "Title" });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleOfficials_Pair_OfficialId_ArticleId",
                table: "ArticleOfficials",
                columns: new[] { "Pair", "OfficialId", "ArticleId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MeetingParticipants_MeetingId_OfficialId_CountryCode",
                table: "MeetingParticipants");

            migrationBuilder.DropIndex(
                name: "IX_ArticleOfficials_OfficialId_ArticleId_Date_Year_Month_Title",
                table: "ArticleOfficials");

            migrationBuilder.DropIndex(
                name: "IX_ArticleOfficials_Pair_OfficialId_ArticleId",
                table: "ArticleOfficials");

            migrationBuilder.DropColumn(
                name: "Date",
                table: "ArticleOfficials");

            migrationBuilder.DropColumn(
                name: "Month",
                table: "ArticleOfficials");

            migrationBuilder.DropColumn(
                name: "Pair",
                table: "ArticleOfficials");

            migrationBuilder.DropColumn(
                name: "Year",
                table: "ArticleOfficials");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleOfficials_OfficialId_ArticleId",
                table: "ArticleOfficials",
                columns: new[] { "OfficialId", "ArticleId" });
        }
    }
}
