using DiplomacyPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data;

/// <summary>
/// The portal's store: source files, articles and what was extracted from them.
/// </summary>
/// <remarks>
/// Add a migration after a model change with
/// <c>dotnet ef migrations add NAME --project src/DiplomacyPortal.Data --startup-project src/DiplomacyPortal.Data</c>.
/// The full-text index (<see cref="Search.SearchIndex"/>) is an FTS5 table created by raw SQL in the migrations.
/// </remarks>
public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options) : DbContext(options)
{
    public DbSet<SourceFile> SourceFiles => Set<SourceFile>();

    public DbSet<Article> Articles => Set<Article>();

    public DbSet<ArticleImage> ArticleImages => Set<ArticleImage>();

    public DbSet<RelatedItem> RelatedItems => Set<RelatedItem>();

    public DbSet<ArticleCountry> ArticleCountries => Set<ArticleCountry>();

    public DbSet<Country> Countries => Set<Country>();

    public DbSet<Official> Officials => Set<Official>();

    public DbSet<OfficialAlias> OfficialAliases => Set<OfficialAlias>();

    public DbSet<ArticleOfficial> ArticleOfficials => Set<ArticleOfficial>();

    public DbSet<ArticleOverride> ArticleOverrides => Set<ArticleOverride>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }
}
