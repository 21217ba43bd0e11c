namespace CareDirectory.Searching;

/// <summary>
/// Holes in the change log below entries already read. On PostgreSQL a transaction takes its sequence numbers when
/// it inserts and becomes visible when it commits, so with concurrent writers a higher number can be read before a
/// lower one commits: a checkpoint moved past the hole would skip that entry for good. So the checkpoint stops below
/// a hole until it fills, or until it has been open for the configured wait (a rolled-back transaction leaves a
/// hole that never fills). SQLite has one writer at a time and no such holes.
/// </summary>
internal sealed class ChangeLogGaps(TimeProvider time)
{
    // Keyed by the sequence read just above the hole: it stays the same while the hole fills from below.
    private readonly Dictionary<long, DateTimeOffset> _firstSeen = [];
    private readonly Lock _lock = new();

    /// <summary>
    /// The highest sequence the checkpoint may move to: every number up to it has been read, or its hole is older
    /// than <paramref name="wait"/>.
    /// </summary>
    /// <param name="checkpoint">The current checkpoint.</param>
    /// <param name="sequences">The entries just read after the checkpoint, ascending.</param>
    /// <param name="wait">How long a hole is waited for.</param>
    public long SafeCheckpoint(long checkpoint, IEnumerable<long> sequences, TimeSpan wait)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            var safe = checkpoint;
            foreach (var sequence in sequences)
            {
                if (sequence > safe + 1)
                {
                    if (!_firstSeen.TryGetValue(sequence, out var seen))
                    {
                        _firstSeen[sequence] = seen = now;
                    }

                    if (now - seen < wait)
                    {
                        break;
                    }
                }

                safe = sequence;
            }

            foreach (var passed in _firstSeen.Keys.Where(k => k <= safe).ToList())
            {
                _firstSeen.Remove(passed);
            }

            return safe;
        }
    }
}
