using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace DiplomacyPortal.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class WebSources : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CanonicalUrl",
                table: "SourceFiles",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ETag",
                table: "SourceFiles",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "FetchedAt",
                table: "SourceFiles",
                type: "timestamp without time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FetchedFrom",
                table: "SourceFiles",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FinalUrl",
                table: "SourceFiles",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HttpStatus",
                table: "SourceFiles",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastModified",
                table: "SourceFiles",
                type: "timestamp without time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ServiceLeases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "text", nullable: false),
                    Holder = table.Column<string>(type: "text", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceLeases", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "WebSources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Url = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "text", nullable: true),
                    PollMinutes = table.Column<int>(type: "integer", nullable: false),
                    IsPaused = table.Column<bool>(type: "boolean", nullable: false),
                    AddedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    AddedBy = table.Column<string>(type: "text", nullable: false),
                    LastPolledAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    NextPollAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    ETag = table.Column<string>(type: "text", nullable: true),
                    LastModified = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    FailuresInARow = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebSources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WebFetches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WebSourceId = table.Column<int>(type: "integer", nullable: true),
                    Url = table.Column<string>(type: "text", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    HttpStatus = table.Column<int>(type: "integer", nullable: false),
                    Outcome = table.Column<string>(type: "text", nullable: false),
                    Message = table.Column<string>(type: "text", nullable: true),
                    ArticleId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebFetches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WebFetches_WebSources_WebSourceId",
                        column: x => x.WebSourceId,
                        principalTable: "WebSources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "WebSources",
                columns: new[] { "Id", "AddedAt", "AddedBy", "ETag", "FailuresInARow", "IsPaused", "Kind", "LastError", "LastModified", "LastPolledAt", "NextPollAt", "PollMinutes", "Url" },
                values: new object[] { 1, new DateTime(2026, 12, 3, 0, 0, 0, 0, DateTimeKind.Unspecified), "example", null, 0, true, null, null, null, null, null, 60, "https://zh.vietnamplus.vn/rss/home.rss" });

            // The example row's explicit id does not move the identity's sequence on PostgreSQL: move it past the row,
            // or the first source an editor adds would be given id 1 again.
            migrationBuilder.Sql("SELECT setval(pg_get_serial_sequence('\"WebSources\"', 'Id'), (SELECT MAX(\"Id\") FROM \"WebSources\"));");

            migrationBuilder.CreateIndex(
                name: "IX_SourceFiles_CanonicalUrl",
                table: "SourceFiles",
                column: "CanonicalUrl");

            migrationBuilder.CreateIndex(
                name: "IX_SourceFiles_FetchedFrom",
                table: "SourceFiles",
                column: "FetchedFrom");

            migrationBuilder.CreateIndex(
                name: "IX_WebFetches_WebSourceId_Id",
                table: "WebFetches",
                columns: new[] { "WebSourceId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_WebSources_Url",
                table: "WebSources",
                column: "Url",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ServiceLeases");

            migrationBuilder.DropTable(
                name: "WebFetches");

            migrationBuilder.DropTable(
                name: "WebSources");

            migrationBuilder.DropIndex(
                name: "IX_SourceFiles_CanonicalUrl",
                table: "SourceFiles");

            migrationBuilder.DropIndex(
                name: "IX_SourceFiles_FetchedFrom",
                table: "SourceFiles");

            migrationBuilder.DropColumn(
                name: "CanonicalUrl",
                table: "SourceFiles");

            migrationBuilder.DropColumn(
                name: "ETag",
                table: "SourceFiles");

            migrationBuilder.DropColumn(
                name: "FetchedAt",
                table: "SourceFiles");

            migrationBuilder.DropColumn(
                name: "FetchedFrom",
                table: "SourceFiles");

            migrationBuilder.DropColumn(
                name: "FinalUrl",
                table: "SourceFiles");

            migrationBuilder.DropColumn(
                name: "HttpStatus",
                table: "SourceFiles");

            migrationBuilder.DropColumn(
                name: "LastModified",
                table: "SourceFiles");
        }
    }
}
