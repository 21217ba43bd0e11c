namespace CareDirectory.Domain;

/// <summary>An entry about one record at one time: audit entries and change-log entries.</summary>
public interface IRecordEntry
{
    /// <summary>The record's kind, as <see cref="EntityTypeNames"/> names it.</summary>
    string EntityType { get; }

    Guid EntityId { get; }

    string EntityKey { get; }

    DateTimeOffset At { get; }
}
