using DiplomacyPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacyPortal.Data.Configurations;

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

        // A year's articles newest first, and the facets of a year filter (pair, type), from this index alone: the
        // index above orders a year's articles by month and day, so the newest twenty were sorted from the rows of
        // all of the year's (docs/performance.md, "The year filter").
        builder.HasIndex(a => new { a.Year, a.Date, a.IsHidden, a.Pair, a.MeetingType });
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
        builder.HasMany(a => a.Documents).WithOne().HasForeignKey(d => d.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Partnerships).WithOne().HasForeignKey(p => p.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Officials).WithOne().HasForeignKey(o => o.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Countries).WithOne().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Overrides).WithOne().HasForeignKey(o => o.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
