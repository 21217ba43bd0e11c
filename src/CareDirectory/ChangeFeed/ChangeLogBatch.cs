using CareDirectory.Domain;

namespace CareDirectory.ChangeFeed;

/// <summary>
/// Committed change-log entries after a position, in sequence order, and the position a consumer has reached once it
/// has applied them (<see cref="Through"/>): every entry up to it that will ever be committed is in this batch or an
/// earlier one. <see cref="Through"/> may be past the last entry: numbers of rolled-back writes never appear.
/// </summary>
public sealed record ChangeLogBatch(IReadOnlyList<ChangeLogEntry> Entries, long After, long Through)
{
    /// <summary>True when the batch moves its consumer forward (it may carry no entries and still move past holes).</summary>
    public bool Advances => Through > After;
}
