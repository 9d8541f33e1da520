using DiplomacyPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacyPortal.Data.Configurations;

internal sealed class SourceFileConfiguration : IEntityTypeConfiguration<SourceFile>
{
    public void Configure(EntityTypeBuilder<SourceFile> builder)
    {
        builder.HasIndex(f => f.Sha256).IsUnique();
        builder.HasIndex(f => f.Status);
        builder.Property(f => f.Status).HasConversion<string>();
        builder.HasOne(f => f.Article).WithMany().HasForeignKey(f => f.ArticleId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.HasIndex(a => a.ContentHash).IsUnique();
        builder.HasIndex(a => a.SourceFileId).IsUnique();
        builder.HasIndex(a => a.HeadlineKey);

        // A pair's articles newest first, and the pair page's and the Articles page's facets (type, year, month)
        // read from this index alone: an article's row holds its body, so reading the type from the row costs a
        // page read or more per article (measurements: docs/performance.md, "What made the list pages fast").
        builder.HasIndex(a => new { a.Pair, a.Date, a.IsHidden, a.MeetingType, a.Year, a.Month });

        // Hidden articles are few; only they are indexed, so "which are hidden" is a short read.
        builder.HasIndex(a => a.IsHidden).HasFilter("\"IsHidden\"");
        builder.HasIndex(a => new { a.Year, a.Month, a.Day, a.IsHidden });
        builder.HasIndex(a => a.Date);

        // A type's articles newest first, and the facets of a type filter, from this index alone, as the pair's above:
        // ordered by type alone, a type's articles are sorted by date from their rows (measurements: docs/performance.md,
        // "The Articles page not cached").
        builder.HasIndex(a => new { a.MeetingType, a.Date, a.IsHidden, a.Pair, a.Year, a.Month });

        // The store's version for HTTP caching (ETag, Last-Modified) is MAX(UpdatedAt).
        builder.HasIndex(a => a.UpdatedAt);
        builder.HasOne(a => a.SourceFile).WithMany().HasForeignKey(a => a.SourceFileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Images).WithOne().HasForeignKey(i => i.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.RelatedItems).WithOne().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Officials).WithOne().HasForeignKey(o => o.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Countries).WithOne().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Overrides).WithOne().HasForeignKey(o => o.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ArticleImageConfiguration : IEntityTypeConfiguration<ArticleImage>
{
    public void Configure(EntityTypeBuilder<ArticleImage> builder) => builder.HasIndex(i => new { i.ArticleId, i.Position });
}

internal sealed class RelatedItemConfiguration : IEntityTypeConfiguration<RelatedItem>
{
    public void Configure(EntityTypeBuilder<RelatedItem> builder)
    {
        builder.HasIndex(r => new { r.ArticleId, r.Position });
        builder.HasIndex(r => r.HeadlineKey);
        builder.HasIndex(r => r.LinkedArticleId);
        builder.HasOne(r => r.LinkedArticle).WithMany().HasForeignKey(r => r.LinkedArticleId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ArticleCountryConfiguration : IEntityTypeConfiguration<ArticleCountry>
{
    public void Configure(EntityTypeBuilder<ArticleCountry> builder)
    {
        builder.HasKey(c => new { c.ArticleId, c.CountryCode });
        builder.HasIndex(c => new { c.CountryCode, c.InPair, c.ArticleId });
        builder.HasOne<Country>().WithMany().HasForeignKey(c => c.CountryCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CountryConfiguration : IEntityTypeConfiguration<Country>
{
    public void Configure(EntityTypeBuilder<Country> builder)
    {
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(2);
    }
}

internal sealed class OfficialConfiguration : IEntityTypeConfiguration<Official>
{
    public void Configure(EntityTypeBuilder<Official> builder)
    {
        builder.HasIndex(o => o.Name).IsUnique();
        builder.HasIndex(o => o.CountryCode);
        builder.HasMany(o => o.Aliases).WithOne().HasForeignKey(a => a.OfficialId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Articles).WithOne(a => a.Official).HasForeignKey(a => a.OfficialId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OfficialAliasConfiguration : IEntityTypeConfiguration<OfficialAlias>
{
    public void Configure(EntityTypeBuilder<OfficialAlias> builder) => builder.HasIndex(a => new { a.OfficialId, a.Alias }).IsUnique();
}

internal sealed class ArticleOfficialConfiguration : IEntityTypeConfiguration<ArticleOfficial>
{
    public void Configure(EntityTypeBuilder<ArticleOfficial> builder)
    {
        builder.HasKey(o => new { o.ArticleId, o.OfficialId });
        builder.HasIndex(o => new { o.OfficialId, o.ArticleId, o.Date, o.Year, o.Month, o.Title });
        builder.HasIndex(o => new { o.Pair, o.OfficialId, o.ArticleId });
    }
}

internal sealed class ArticleOverrideConfiguration : IEntityTypeConfiguration<ArticleOverride>
{
    public void Configure(EntityTypeBuilder<ArticleOverride> builder) => builder.HasIndex(o => new { o.ArticleId, o.Field }).IsUnique();
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.HasIndex(e => new { e.ArticleId, e.ChangedAt });
        builder.HasOne<Article>().WithMany().HasForeignKey(e => e.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StagedUploadConfiguration : IEntityTypeConfiguration<StagedUpload>
{
    public void Configure(EntityTypeBuilder<StagedUpload> builder)
    {
        builder.HasIndex(u => new { u.BatchId, u.UploadedBy });
        builder.HasIndex(u => u.UploadedAt);
    }
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.HasIndex(m => new { m.Pair, m.Date });
        builder.HasIndex(m => m.Date);
        builder.HasIndex(m => new { m.Type, m.Pair });
        builder.HasIndex(m => new { m.Year, m.Month });
        builder.HasMany(m => m.Articles).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Participants).WithOne().HasForeignKey(p => p.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MeetingArticleConfiguration : IEntityTypeConfiguration<MeetingArticle>
{
    public void Configure(EntityTypeBuilder<MeetingArticle> builder)
    {
        builder.HasKey(a => new { a.MeetingId, a.ArticleId });
        builder.HasIndex(a => a.ArticleId).IsUnique();
        builder.HasOne<Article>().WithMany().HasForeignKey(a => a.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MeetingParticipantConfiguration : IEntityTypeConfiguration<MeetingParticipant>
{
    public void Configure(EntityTypeBuilder<MeetingParticipant> builder)
    {
        builder.HasKey(p => new { p.MeetingId, p.OfficialId });
        builder.HasIndex(p => new { p.OfficialId, p.MeetingId });

        // An official's counterparts read the participants of their meetings with their countries from here alone.
        builder.HasIndex(p => new { p.MeetingId, p.OfficialId, p.CountryCode });
        builder.HasOne(p => p.Official).WithMany().HasForeignKey(p => p.OfficialId).OnDelete(DeleteBehavior.Cascade);
    }
}
