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
        builder.HasIndex(f => f.CanonicalUrl);
        builder.HasIndex(f => f.FetchedFrom);
        builder.HasOne(f => f.Article).WithMany().HasForeignKey(f => f.ArticleId).OnDelete(DeleteBehavior.SetNull);
    }
}
