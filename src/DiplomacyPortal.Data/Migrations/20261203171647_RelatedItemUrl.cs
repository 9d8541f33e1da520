using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DiplomacyPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class RelatedItemUrl : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Url",
                table: "RelatedItems",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_RelatedItems_Url",
                table: "RelatedItems",
                column: "Url");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RelatedItems_Url",
                table: "RelatedItems");

            migrationBuilder.DropColumn(
                name: "Url",
                table: "RelatedItems");
        }
    }
}
