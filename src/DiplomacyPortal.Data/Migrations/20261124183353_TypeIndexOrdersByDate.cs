using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DiplomacyPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class TypeIndexOrdersByDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_MeetingType_IsHidden_Pair_Year",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_MeetingType_Date_IsHidden_Pair_Year_Month",
                table: "Articles",
                columns: new[] { "MeetingType", "Date", "IsHidden", "Pair", "Year", "Month" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_MeetingType_Date_IsHidden_Pair_Year_Month",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_MeetingType_IsHidden_Pair_Year",
                table: "Articles",
                columns: new[] { "MeetingType", "IsHidden", "Pair", "Year" });
        }
    }
}
