using DiplomacyPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacyPortal.Data.Configurations;

internal sealed class ArticleOverrideConfiguration : IEntityTypeConfiguration<ArticleOverride>
{
    public void Configure(EntityTypeBuilder<ArticleOverride> builder) => builder.HasIndex(o => new { o.ArticleId, o.Field }).IsUnique();
}
