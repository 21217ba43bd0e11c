using CareDirectory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDirectory.Data.Configurations;

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.ConfigureEntity();
        builder.PlacedInCounty(m => m.County);
        builder.Property(m => m.Title).HasMaxLength(300);
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(m => m.AttendanceMode).HasConversion<string>().HasMaxLength(16);
        builder.PrimitiveCollection(m => m.Audiences).ElementType(e => e.HasConversion<string>());
        builder.OwnsOne(m => m.Schedule, s => s.ToJson());
        builder.OwnsOne(m => m.Location, l => l.ToJson());
        builder.HasOne(m => m.Organizer).WithMany().HasForeignKey(m => m.OrganizerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.OrganizerId);
    }
}
