using CareDirectory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDirectory.Data.Configurations;

public sealed class StateConfiguration : IEntityTypeConfiguration<State>
{
    public void Configure(EntityTypeBuilder<State> builder)
    {
        builder.ConfigureEntity();
        builder.Property(s => s.Code).HasMaxLength(2);
        builder.HasIndex(s => s.Code).IsUnique();
        builder.Property(s => s.FipsCode).HasMaxLength(2);
        builder.Property(s => s.TimeZone).HasMaxLength(64);
        builder.OwnsMany(s => s.AccessPoints, a => a.ToJson());
        builder.HasMany(s => s.Counties).WithOne(c => c.State).HasForeignKey(c => c.StateId).OnDelete(DeleteBehavior.Restrict);
    }
}
