using CareDirectory.Domain;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.Data;

/// <summary>
/// The directory's database. Provider-neutral: <see cref="SqliteDirectoryDbContext"/> and
/// <see cref="PostgresDirectoryDbContext"/> subclass it only so each provider keeps its own migrations.
/// </summary>
public abstract class DirectoryDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<State> States => Set<State>();

    public DbSet<County> Counties => Set<County>();

    public DbSet<Partner> Partners => Set<Partner>();

    public DbSet<CareProgram> Programs => Set<CareProgram>();

    public DbSet<ServiceType> ServiceTypes => Set<ServiceType>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<EducatorResource> EducatorResources => Set<EducatorResource>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DirectoryDbContext).Assembly, t => t.Namespace == typeof(Configurations.StateConfiguration).Namespace);
}
