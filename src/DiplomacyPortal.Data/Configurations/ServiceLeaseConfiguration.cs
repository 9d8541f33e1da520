using DiplomacyPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacyPortal.Data.Configurations;

internal sealed class ServiceLeaseConfiguration : IEntityTypeConfiguration<ServiceLease>
{
    public void Configure(EntityTypeBuilder<ServiceLease> builder) => builder.HasKey(l => l.Name);
}
