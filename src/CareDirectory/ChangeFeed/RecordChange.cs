using CareDirectory.Domain;

namespace CareDirectory.ChangeFeed;

/// <summary>One committed change-log entry and where its record shows up, as the change hub hands it to subscribers.</summary>
public sealed record RecordChange(ChangeLogEntry Entry, RecordReach Reach)
{
    public long Sequence => Entry.Sequence;
}
