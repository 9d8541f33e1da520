using DiplomacyPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacyPortal.Data.Configurations;

internal sealed class WebFetchConfiguration : IEntityTypeConfiguration<WebFetch>
{
    public void Configure(EntityTypeBuilder<WebFetch> builder)
    {
        builder.HasIndex(f => new { f.WebSourceId, f.Id });
        builder.HasOne<WebSource>().WithMany().HasForeignKey(f => f.WebSourceId).OnDelete(DeleteBehavior.Cascade);
    }
}
