using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DiplomacyPortal.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class YearDateIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Articles_Year_Date_IsHidden_Pair_MeetingType",
                table: "Articles",
                columns: new[] { "Year", "Date", "IsHidden", "Pair", "MeetingType" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_Year_Date_IsHidden_Pair_MeetingType",
                table: "Articles");
        }
    }
}
