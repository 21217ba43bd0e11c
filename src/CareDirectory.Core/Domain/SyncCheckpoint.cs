namespace CareDirectory.Domain;

/// <summary>How far a consumer of the change log (e.g. the search index) has got.</summary>
public sealed class SyncCheckpoint
{
    public required string Consumer { get; set; }

    public long Sequence { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
