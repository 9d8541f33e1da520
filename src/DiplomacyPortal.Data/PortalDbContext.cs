using DiplomacyPortal.Data.Entities;
using DiplomacyPortal.Data.Storage;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data;

/// <summary>
/// The portal's store: source files, articles and what was extracted from them, editors' corrections and
/// their audit log, the accounts (ASP.NET Core Identity) of the people who sign in, and the Data Protection keys
/// that sign cookies and antiforgery tokens, shared so that several web servers can serve the same users.
/// </summary>
/// <remarks>
/// Add a migration after a model change with
/// <c>dotnet ef migrations add NAME --project src/DiplomacyPortal.Data --startup-project src/DiplomacyPortal.Data</c>.
/// The full-text index (<see cref="Search.SearchIndex"/>) is an FTS5 table created by raw SQL in the migrations.
/// </remarks>
public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options) : IdentityDbContext<IdentityUser>(options), IDataProtectionKeyContext
{
    public DbSet<SourceFile> SourceFiles => Set<SourceFile>();

    public DbSet<Article> Articles => Set<Article>();

    public DbSet<ArticleImage> ArticleImages => Set<ArticleImage>();

    public DbSet<RelatedItem> RelatedItems => Set<RelatedItem>();

    public DbSet<ArticleDocument> ArticleDocuments => Set<ArticleDocument>();

    public DbSet<ArticlePartnership> ArticlePartnerships => Set<ArticlePartnership>();

    public DbSet<ArticleCountry> ArticleCountries => Set<ArticleCountry>();

    public DbSet<Country> Countries => Set<Country>();

    public DbSet<Official> Officials => Set<Official>();

    public DbSet<OfficialAlias> OfficialAliases => Set<OfficialAlias>();

    public DbSet<ArticleOfficial> ArticleOfficials => Set<ArticleOfficial>();

    public DbSet<ArticleOverride> ArticleOverrides => Set<ArticleOverride>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<MeetingArticle> MeetingArticles => Set<MeetingArticle>();

    public DbSet<MeetingParticipant> MeetingParticipants => Set<MeetingParticipant>();

    public DbSet<StagedUpload> StagedUploads => Set<StagedUpload>();

    /// <summary>The feeds and sitemaps the portal polls.</summary>
    public DbSet<WebSource> WebSources => Set<WebSource>();

    /// <summary>The log of requests made to the web and what came of each.</summary>
    public DbSet<WebFetch> WebFetches => Set<WebFetch>();

    /// <summary>Jobs that one process at a time may run, and who runs each now.</summary>
    public DbSet<ServiceLease> ServiceLeases => Set<ServiceLease>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        StoreDialect.For(this).ConfigureConventions(configurationBuilder);
    }
}
