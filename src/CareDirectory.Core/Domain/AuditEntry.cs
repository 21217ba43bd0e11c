namespace CareDirectory.Domain;

/// <summary>One editor write: who (API key), when, which record and its JSON before and after. Never updated or deleted.</summary>
public sealed class AuditEntry : IRecordEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public Guid KeyId { get; set; }

    /// <summary>The mutation that made the change: <c>updatePartner</c>.</summary>
    public required string Action { get; set; }

    /// <summary>GraphQL type name of the record.</summary>
    public required string EntityType { get; set; }

    public Guid EntityId { get; set; }

    public required string EntityKey { get; set; }

    /// <summary>The record as JSON before the write; null for a create.</summary>
    public string? Before { get; set; }

    /// <summary>The record as JSON after the write.</summary>
    public required string After { get; set; }
}
