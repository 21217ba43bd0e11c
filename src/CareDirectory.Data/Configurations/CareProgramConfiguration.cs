using CareDirectory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDirectory.Data.Configurations;

internal sealed class CareProgramConfiguration : IEntityTypeConfiguration<CareProgram>
{
    public void Configure(EntityTypeBuilder<CareProgram> builder)
    {
        builder.ToTable("Programs");
        builder.ConfigureEntity();
        builder.BelongsToState();
        builder.Property(p => p.Name).HasMaxLength(300);
        builder.HasIndex(p => p.Name);
        builder.HasIndex(p => p.PartnerId);
        builder.HasIndex(p => p.StateId);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(24);
        builder.OwnsOne(p => p.Eligibility, e => e.ToJson());
        builder.OwnsOne(p => p.Availability, a => a.ToJson());
        builder.OwnsOne(p => p.Cost, c => c.ToJson());
        builder.OwnsOne(p => p.Referral, r => r.ToJson());
        builder.OwnsMany(p => p.Components, c => c.ToJson());
        builder.OwnsTranslations(p => p.Translations);
        builder.OwnsServiceAreas(p => p.ServiceAreas, "ProgramServiceAreas");
        builder.HasMany(p => p.ServiceTypes).WithMany().UsingEntity("ProgramServiceTypes");
    }
}
