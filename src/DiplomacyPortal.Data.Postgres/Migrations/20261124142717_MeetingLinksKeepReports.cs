using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DiplomacyPortal.Data.Postgres.Migrations
{
    /// <summary>
    /// Meeting links keep their article's report (type, date, venue). The columns are added empty; start-up fills them
    /// from the articles (MeetingLinker.KeepStoredReportsAsync), which SQL alone cannot read the venue from.
    /// </summary>
    public partial class MeetingLinksKeepReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "Date",
                table: "MeetingArticles",
                type: "timestamp without time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DatePrecision",
                table: "MeetingArticles",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Day",
                table: "MeetingArticles",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HostCountry",
                table: "MeetingArticles",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Month",
                table: "MeetingArticles",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Place",
                table: "MeetingArticles",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Type",
                table: "MeetingArticles",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Year",
                table: "MeetingArticles",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Date",
                table: "MeetingArticles");

            migrationBuilder.DropColumn(
                name: "DatePrecision",
                table: "MeetingArticles");

            migrationBuilder.DropColumn(
                name: "Day",
                table: "MeetingArticles");

            migrationBuilder.DropColumn(
                name: "HostCountry",
                table: "MeetingArticles");

            migrationBuilder.DropColumn(
                name: "Month",
                table: "MeetingArticles");

            migrationBuilder.DropColumn(
                name: "Place",
                table: "MeetingArticles");

            migrationBuilder.DropColumn(
                name: "Type",
                table: "MeetingArticles");

            migrationBuilder.DropColumn(
                name: "Year",
                table: "MeetingArticles");
        }
    }
}
