using DiplomacyPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacyPortal.Data.Configurations;

internal sealed class ArticleCountryConfiguration : IEntityTypeConfiguration<ArticleCountry>
{
    public void Configure(EntityTypeBuilder<ArticleCountry> builder)
    {
        builder.HasKey(c => new { c.ArticleId, c.CountryCode });
        builder.HasIndex(c => new { c.CountryCode, c.InPair, c.ArticleId });
        builder.HasOne<Country>().WithMany().HasForeignKey(c => c.CountryCode).OnDelete(DeleteBehavior.Restrict);
    }
}
