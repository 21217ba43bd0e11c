using System.Runtime.CompilerServices;
using CareDirectory.ChangeFeed;
using CareDirectory.Domain;

namespace CareDirectory.GraphQL.Subscriptions;

/// <summary>The event sequences behind the subscription fields, read from a <see cref="ChangeHubSubscription"/>.</summary>
internal static class ChangeStreams
{
    private const int ReplayPage = 500;

    /// <summary>
    /// The changes after <paramref name="since"/> that pass <paramref name="filter"/>, each once and in order: those up
    /// to the subscription's start read from the change log, then the live ones the hub hands the subscription (every
    /// one after its start), so the switch neither skips nor repeats a change.
    /// </summary>
    public static async IAsyncEnumerable<object> ReplayThenLiveAsync(
        ChangeLogFollower follower,
        RecordReachReader reach,
        ChangeHubSubscription subscription,
        long? since,
        Func<RecordChange, bool> filter,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var position = since ?? subscription.After;
        while (position < subscription.After)
        {
            // The follower's watermark is never below the hub's position, so each read advances.
            var batch = await follower.ReadAsync(position, ReplayPage, cancellationToken);
            var entries = batch.Entries.Where(e => e.Sequence <= subscription.After).ToList();
            foreach (var change in await reach.ReadAsync(entries, cancellationToken))
            {
                if (filter(change))
                {
                    yield return change;
                }
            }

            position = Math.Min(batch.Through, subscription.After);
        }

        await foreach (var change in subscription.Changes.ReadAllAsync(cancellationToken))
        {
            // A `since` ahead of this process (a sequence seen from another replica) skips what it already has.
            if (change.Sequence > position)
            {
                yield return change;
            }
        }
    }

    /// <summary>
    /// One <see cref="CountyPageChange"/> per burst of changes: the first change opens an interval, and every change
    /// that arrives within it is folded into the event sent at its end.
    /// </summary>
    public static async IAsyncEnumerable<object> CoalescedAsync(
        ChangeHubSubscription subscription,
        County county,
        TimeSpan interval,
        TimeProvider time,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var changes = subscription.Changes;
        while (await changes.WaitToReadAsync(cancellationToken))
        {
            await Task.Delay(interval, time, cancellationToken);
            var (through, count) = (0L, 0);
            while (changes.TryRead(out var change))
            {
                (through, count) = (change.Sequence, count + 1);
            }

            yield return new CountyPageChange(county, through, count, time.GetUtcNow());
        }
    }
}
