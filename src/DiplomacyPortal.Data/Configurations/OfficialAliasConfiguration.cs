using DiplomacyPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacyPortal.Data.Configurations;

internal sealed class OfficialAliasConfiguration : IEntityTypeConfiguration<OfficialAlias>
{
    public void Configure(EntityTypeBuilder<OfficialAlias> builder) => builder.HasIndex(a => new { a.OfficialId, a.Alias }).IsUnique();
}
