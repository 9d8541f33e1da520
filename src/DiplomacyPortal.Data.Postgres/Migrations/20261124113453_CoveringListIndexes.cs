using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DiplomacyPortal.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CoveringListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_IsHidden",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Pair_Date_IsHidden",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_IsHidden",
                table: "Articles",
                column: "IsHidden",
                filter: "\"IsHidden\"");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Pair_Date_IsHidden_MeetingType_Year_Month",
                table: "Articles",
                columns: new[] { "Pair", "Date", "IsHidden", "MeetingType", "Year", "Month" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_IsHidden",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Pair_Date_IsHidden_MeetingType_Year_Month",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_IsHidden",
                table: "Articles",
                column: "IsHidden");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Pair_Date_IsHidden",
                table: "Articles",
                columns: new[] { "Pair", "Date", "IsHidden" });
        }
    }
}
