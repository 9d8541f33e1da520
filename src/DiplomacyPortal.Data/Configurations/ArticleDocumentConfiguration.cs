using DiplomacyPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacyPortal.Data.Configurations;

internal sealed class ArticleDocumentConfiguration : IEntityTypeConfiguration<ArticleDocument>
{
    public void Configure(EntityTypeBuilder<ArticleDocument> builder)
    {
        builder.HasIndex(d => new { d.ArticleId, d.Position });

        // The agreements list groups and filters by these without reading the evidence.
        builder.HasIndex(d => new { d.Kind, d.TitleKey, d.ArticleId });
        builder.HasIndex(d => new { d.Pair, d.Date });
    }
}
