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

    public DbSet<ChangeLogEntry> ChangeLog => Set<ChangeLogEntry>();

    public DbSet<SyncCheckpoint> SyncCheckpoints => Set<SyncCheckpoint>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    /// <summary>Saves and, in the same transaction, appends a change-log entry for every created, updated or archived record.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AppendChangeLog();
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AppendChangeLog();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private void AppendChangeLog()
    {
        var changed = ChangeTracker.Entries<Entity>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified)
            .ToList();
        foreach (var entry in changed)
        {
            var entity = entry.Entity;
            var kind = entry.State == EntityState.Added ? ChangeKind.Created
                : entity.ArchivedAt is not null && entry.Property(e => e.ArchivedAt).IsModified ? ChangeKind.Archived
                : ChangeKind.Updated;
            ChangeLog.Add(ChangeLogEntryOf(entity, kind));
        }
    }

    /// <summary>The change-log entry of a write to <paramref name="entity"/>: one home for SaveChanges and <see cref="NewEntityInserts"/>.</summary>
    internal static ChangeLogEntry ChangeLogEntryOf(Entity entity, ChangeKind kind) => new()
    {
        EntityType = EntityTypeNames.Of(entity),
        EntityId = entity.Id,
        EntityKey = entity.Key,
        Kind = kind,
        Version = entity.Version,
        At = entity.LastModified == default ? DateTimeOffset.UtcNow : entity.LastModified,
    };

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DirectoryDbContext).Assembly, t => t.Namespace == typeof(Configurations.StateConfiguration).Namespace);
}
