using CareDirectory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDirectory.Data.Configurations;

internal sealed class EducatorResourceConfiguration : IEntityTypeConfiguration<EducatorResource>
{
    public void Configure(EntityTypeBuilder<EducatorResource> builder)
    {
        builder.ConfigureEntity();
        builder.PlacedInCounty(r => r.County);
        builder.Property(r => r.Title).HasMaxLength(300);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        builder.PrimitiveCollection(r => r.Audiences).ElementType(e => e.HasConversion<string>());
        builder.PrimitiveCollection(r => r.Topics);
        builder.OwnsTranslations(r => r.Translations);
        builder.HasOne(r => r.Owner).WithMany().HasForeignKey(r => r.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Meeting).WithMany().HasForeignKey(r => r.MeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.OwnerId);
    }
}
