using DiplomacyPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacyPortal.Data.Configurations;

internal sealed class WebSourceConfiguration : IEntityTypeConfiguration<WebSource>
{
    /// <summary>The example every new store lists, paused: the VNA Chinese site's feed, for an operator to check and turn on.</summary>
    public const string ExampleUrl = "https://zh.vietnamplus.vn/rss/home.rss";

    public void Configure(EntityTypeBuilder<WebSource> builder)
    {
        builder.HasIndex(s => s.Url).IsUnique();
        builder.HasData(new WebSource
        {
            Id = 1,
            Url = ExampleUrl,
            PollMinutes = 60,
            IsPaused = true,
            AddedAt = new DateTime(2026, 12, 3, 0, 0, 0, DateTimeKind.Utc),
            AddedBy = "example",
        });
    }
}
