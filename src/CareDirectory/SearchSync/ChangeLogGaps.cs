namespace CareDirectory.SearchSync;

/// <summary>
/// Holes in the change log below entries already read. On PostgreSQL a transaction takes its sequence numbers when
/// it inserts and becomes visible when it commits, so with concurrent writers a higher number can be read before a
/// lower one commits: a checkpoint moved past the hole would skip that entry for good. So the checkpoint stops below
/// a hole until it fills, or until it has been open for the configured wait (a rolled-back transaction leaves a
/// hole that never fills). Every hole's age counts from when any of its numbers was first seen missing, so holes
/// age together and one filling from either end keeps its age. SQLite has one writer at a time and no such holes.
/// </summary>
internal sealed class ChangeLogGaps(TimeProvider time)
{
    /// <summary>The holes seen so far (missing sequence numbers From..To), with when they were first seen.</summary>
    private List<Hole> _holes = [];
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
            var holes = new List<Hole>();
            var safe = checkpoint;
            var expected = checkpoint + 1;
            var blocked = false;
            foreach (var sequence in sequences)
            {
                if (sequence > expected)
                {
                    var hole = new Hole(expected, sequence - 1, FirstSeen(expected, sequence - 1, now));
                    holes.Add(hole);
                    blocked |= now - hole.FirstSeen < wait;
                }

                // Past the first young hole nothing moves the checkpoint, but later holes are still recorded.
                safe = blocked ? safe : sequence;
                expected = sequence + 1;
            }

            // Holes above what this read reached keep their age for the next read; those below it are as now seen.
            _holes = [.. holes, .. _holes.Where(h => h.From >= expected)];
            return safe;
        }
    }

    /// <summary>The earliest time any number of From..To was already seen missing, else now.</summary>
    private DateTimeOffset FirstSeen(long from, long to, DateTimeOffset now) =>
        _holes.Where(h => h.From <= to && h.To >= from).Select(h => h.FirstSeen).DefaultIfEmpty(now).Min();

    private sealed record Hole(long From, long To, DateTimeOffset FirstSeen);
}
