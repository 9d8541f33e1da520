using DiplomacyPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacyPortal.Data.Configurations;

internal sealed class MeetingArticleConfiguration : IEntityTypeConfiguration<MeetingArticle>
{
    public void Configure(EntityTypeBuilder<MeetingArticle> builder)
    {
        builder.HasKey(a => new { a.MeetingId, a.ArticleId });
        builder.HasIndex(a => a.ArticleId).IsUnique();
        builder.HasOne<Article>().WithMany().HasForeignKey(a => a.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
