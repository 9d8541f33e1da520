using DiplomacyPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacyPortal.Data.Configurations;

internal sealed class MeetingParticipantConfiguration : IEntityTypeConfiguration<MeetingParticipant>
{
    public void Configure(EntityTypeBuilder<MeetingParticipant> builder)
    {
        builder.HasKey(p => new { p.MeetingId, p.OfficialId });
        builder.HasIndex(p => new { p.OfficialId, p.MeetingId });

        // An official's counterparts read the participants of their meetings with their countries from here alone.
        builder.HasIndex(p => new { p.MeetingId, p.OfficialId, p.CountryCode });
        builder.HasOne(p => p.Official).WithMany().HasForeignKey(p => p.OfficialId).OnDelete(DeleteBehavior.Cascade);
    }
}
