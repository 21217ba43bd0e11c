namespace CareDirectory.Domain;

/// <summary>
/// One committed change to a directory record, written in the same transaction as the change. It is the change feed
/// integrators sync from and the outbox the search index catches up from, so neither can miss a write.
/// </summary>
public sealed class ChangeLogEntry : IRecordEntry
{
    /// <summary>Monotonic position in the feed.</summary>
    public long Sequence { get; set; }

    /// <summary>GraphQL type name: State, County, Partner, Program, Meeting, EducatorResource.</summary>
    public required string EntityType { get; set; }

    public Guid EntityId { get; set; }

    public required string EntityKey { get; set; }

    public ChangeKind Kind { get; set; }

    public int Version { get; set; }

    public DateTimeOffset At { get; set; }
}
