using CareDirectory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDirectory.Data.Configurations;

/// <summary>Mapping shared by every <see cref="Entity"/>: key, unique stable key, provenance, concurrency.</summary>
internal static class EntityConventions
{
    public static void ConfigureEntity<T>(this EntityTypeBuilder<T> builder)
        where T : Entity
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Key).HasMaxLength(200);
        builder.HasIndex(e => e.Key).IsUnique();
        builder.HasIndex(e => e.LastModified);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.OwnsOne(e => e.Provenance, p => p.ToJson());

        // Archived records leave every public query; exports, the audit trail and upserts use IgnoreQueryFilters().
        builder.HasQueryFilter(e => e.ArchivedAt == null);
    }

    /// <summary>An entry about a record: its kind and key sized like the record's, and the indexes readers use (by time, by record).</summary>
    public static void NamesRecord<T>(this EntityTypeBuilder<T> builder)
        where T : class, IRecordEntry
    {
        builder.Property(e => e.EntityType).HasMaxLength(32);
        builder.Property(e => e.EntityKey).HasMaxLength(200);
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => new { e.EntityType, e.EntityId });
    }

    /// <summary>A record of one state, with no navigation to it: the state cannot be deleted while the record exists.</summary>
    public static void BelongsToState<T>(this EntityTypeBuilder<T> builder)
        where T : class, IStateRecord =>
        builder.HasOne<State>().WithMany().HasForeignKey(r => r.StateId).OnDelete(DeleteBehavior.Restrict);

    /// <summary>
    /// A record of one county, or statewide (no county): its state and county keys, and the (state, county) index that
    /// county pages and lists read it by.
    /// </summary>
    public static void PlacedInCounty<T>(this EntityTypeBuilder<T> builder, System.Linq.Expressions.Expression<Func<T, County?>> county)
        where T : class, ICountyRecord
    {
        builder.BelongsToState();
        builder.HasOne(county).WithMany().HasForeignKey(r => r.CountyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.StateId, r.CountyId });
    }

    public static void OwnsTranslations<T>(this EntityTypeBuilder<T> builder, System.Linq.Expressions.Expression<Func<T, IEnumerable<Translation>?>> navigation)
        where T : class =>
        builder.OwnsMany(navigation, t => t.ToJson());

    public static void OwnsServiceAreas<T>(this EntityTypeBuilder<T> builder, System.Linq.Expressions.Expression<Func<T, IEnumerable<ServiceArea>?>> navigation, string table)
        where T : class =>
        builder.OwnsMany(navigation, area =>
        {
            area.ToTable(table);
            area.HasKey(a => a.Id);
            area.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
            area.Property(a => a.Code).HasMaxLength(64);
            area.HasOne(a => a.County).WithMany().HasForeignKey(a => a.CountyId).OnDelete(DeleteBehavior.Restrict);
            area.HasIndex(a => a.CountyId);
            area.HasIndex(a => new { a.Kind, a.StateId });
        });
}
