using CareDirectory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDirectory.Data.Configurations;

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> builder)
    {
        builder.ConfigureEntity();
        builder.Property(p => p.Name).HasMaxLength(300);
        builder.HasIndex(p => p.Name);
        builder.HasIndex(p => p.StateId);
        builder.HasOne(p => p.State).WithMany().HasForeignKey(p => p.StateId).OnDelete(DeleteBehavior.Restrict);
        builder.PrimitiveCollection(p => p.Roles).ElementType(e => e.HasConversion<string>());
        builder.OwnsMany(p => p.Phones, p => p.ToJson());
        builder.OwnsMany(p => p.Locations, l => l.ToJson());
        builder.OwnsTranslations(p => p.Translations);
        builder.OwnsServiceAreas(p => p.ServiceAreas, "PartnerServiceAreas");
        builder.HasMany(p => p.Programs).WithOne(p => p.Partner).HasForeignKey(p => p.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}
