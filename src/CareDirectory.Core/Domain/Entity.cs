namespace CareDirectory.Domain;

/// <summary>What every directory record has: a stable id, a stable key, provenance and change tracking.</summary>
public abstract class Entity
{
    /// <summary>Stable UUID (HSDS <c>id</c>); for seed records derived from <see cref="Key"/> so re-seeding keeps it.</summary>
    public Guid Id { get; set; }

    /// <summary>Human-readable stable key (e.g. <c>nj/bergen/careplusnj</c>), unique per entity type.</summary>
    public required string Key { get; set; }

    public required Provenance Provenance { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset LastModified { get; set; }

    /// <summary>Soft delete: archived records leave public queries but stay in exports and the audit trail.</summary>
    public DateTimeOffset? ArchivedAt { get; set; }

    /// <summary>Optimistic concurrency token, incremented on every write.</summary>
    public int Version { get; set; }

    /// <summary>Hash of the seed or import record this entity was last loaded from; lets re-loading skip unchanged records.</summary>
    public string? ContentHash { get; set; }
}
