using DiplomacyPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacyPortal.Data.Configurations;

internal sealed class ArticleOfficialConfiguration : IEntityTypeConfiguration<ArticleOfficial>
{
    public void Configure(EntityTypeBuilder<ArticleOfficial> builder)
    {
        builder.HasKey(o => new { o.ArticleId, o.OfficialId });
        builder.HasIndex(o => new { o.OfficialId, o.ArticleId, o.Date, o.Year, o.Month, o.Title });
        builder.HasIndex(o => new { o.Pair, o.OfficialId, o.ArticleId });
    }
}
