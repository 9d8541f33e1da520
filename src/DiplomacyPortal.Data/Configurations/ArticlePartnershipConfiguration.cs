using DiplomacyPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacyPortal.Data.Configurations;

internal sealed class ArticlePartnershipConfiguration : IEntityTypeConfiguration<ArticlePartnership>
{
    public void Configure(EntityTypeBuilder<ArticlePartnership> builder)
    {
        builder.HasIndex(p => new { p.ArticleId, p.Position });
        builder.HasIndex(p => p.Pair);
    }
}
