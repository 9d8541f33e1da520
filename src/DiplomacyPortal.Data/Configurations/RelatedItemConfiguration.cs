using DiplomacyPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacyPortal.Data.Configurations;

internal sealed class RelatedItemConfiguration : IEntityTypeConfiguration<RelatedItem>
{
    public void Configure(EntityTypeBuilder<RelatedItem> builder)
    {
        builder.HasIndex(r => new { r.ArticleId, r.Position });
        builder.HasIndex(r => r.HeadlineKey);
        builder.HasIndex(r => r.Url);
        builder.HasIndex(r => r.LinkedArticleId);
        builder.HasOne(r => r.LinkedArticle).WithMany().HasForeignKey(r => r.LinkedArticleId).OnDelete(DeleteBehavior.SetNull);
    }
}
