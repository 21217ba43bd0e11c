using CareDirectory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDirectory.Data.Configurations;

internal sealed class CountyConfiguration : IEntityTypeConfiguration<County>
{
    public void Configure(EntityTypeBuilder<County> builder)
    {
        builder.ConfigureEntity();
        builder.Property(c => c.Slug).HasMaxLength(64);
        builder.Property(c => c.Fips).HasMaxLength(5);
        builder.HasIndex(c => new { c.StateId, c.Slug }).IsUnique();
        builder.HasIndex(c => c.Fips).IsUnique();
    }
}
