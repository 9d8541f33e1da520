using DiplomacyPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacyPortal.Data.Configurations;

internal sealed class OfficialConfiguration : IEntityTypeConfiguration<Official>
{
    public void Configure(EntityTypeBuilder<Official> builder)
    {
        builder.HasIndex(o => o.Name).IsUnique();
        builder.HasIndex(o => o.CountryCode);
        builder.HasMany(o => o.Aliases).WithOne().HasForeignKey(a => a.OfficialId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Articles).WithOne(a => a.Official).HasForeignKey(a => a.OfficialId).OnDelete(DeleteBehavior.Cascade);
    }
}
