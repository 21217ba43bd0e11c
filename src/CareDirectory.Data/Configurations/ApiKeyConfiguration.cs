using CareDirectory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDirectory.Data.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.Label).HasMaxLength(200);
        builder.Property(k => k.Scope).HasMaxLength(80);
        builder.Property(k => k.SecretHash).HasMaxLength(64);

        // Every authenticated request looks its key up by hash.
        builder.HasIndex(k => k.SecretHash).IsUnique();
    }
}
