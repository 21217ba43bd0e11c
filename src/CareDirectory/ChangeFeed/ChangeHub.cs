using Microsoft.Extensions.Options;

namespace CareDirectory.ChangeFeed;

/// <summary>
/// Fans the process's one change-log stream out to its live subscribers: it follows <see cref="ChangeLogFollower"/>
/// from the watermark it finds at start, reads where each batch's records show up once (<see cref="RecordReachReader"/>)
/// and offers every change to every subscription, whose filter decides. No subscriber reads the database for live
/// changes; one that resumes from an older sequence reads that gap from the change log itself (the gap ends at the
/// subscription's <see cref="ChangeHubSubscription.After"/>, so nothing is missed or delivered twice).
/// </summary>
public sealed partial class ChangeHub(
    ChangeLogFollower follower,
    RecordReachReader reach,
    IOptions<ChangeFeedOptions> options,
    TimeProvider time,
    ILogger<ChangeHub> logger) : BackgroundService
{
    private const int BatchSize = 500;

    private readonly Lock _lock = new();
    private readonly List<ChangeHubSubscription> _subscriptions = [];
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _published = -1;
    private bool _stopped;

    /// <summary>Every change up to this sequence has been offered to the subscriptions of its time; -1 before start.</summary>
    public long Published
    {
        get
        {
            lock (_lock)
            {
                return _published;
            }
        }
    }

    /// <summary>How many subscriptions are open in this process.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _subscriptions.Count;
            }
        }
    }

    /// <summary>
    /// A subscription to every change published from now on that <paramref name="filter"/> accepts, at most
    /// <paramref name="capacity"/> waiting. Waits for the hub's first position when the process has just started.
    /// </summary>
    public async Task<ChangeHubSubscription> SubscribeAsync(Func<RecordChange, bool> filter, int capacity, CancellationToken cancellationToken)
    {
        await _started.Task.WaitAsync(cancellationToken);
        lock (_lock)
        {
            var subscription = new ChangeHubSubscription(this, _published, filter, capacity);
            if (_stopped)
            {
                subscription.End();
            }
            else
            {
                _subscriptions.Add(subscription);
            }

            return subscription;
        }
    }

    internal void Remove(ChangeHubSubscription subscription)
    {
        lock (_lock)
        {
            _subscriptions.Remove(subscription);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var position = await follower.CurrentWatermarkAsync(stoppingToken);
            lock (_lock)
            {
                _published = position;
            }

            _started.TrySetResult();
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await foreach (var batch in follower.FollowAsync(Published, BatchSize, stoppingToken))
                    {
                        // Read outside the lock; publish under it, so a subscription begins either before a batch
                        // (and receives it) or after (and reads it from the change log as part of its replay).
                        var changes = batch.Entries.Count == 0 ? [] : await reach.ReadAsync(batch.Entries, stoppingToken);
                        Publish(changes, batch.Through);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    // Nothing was published from the failed batch: it is read again from the same position.
                    LogFailed(e);
                    await Task.Delay(options.Value.PollInterval, time, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the subscriptions end below.
        }
        finally
        {
            lock (_lock)
            {
                _stopped = true;
                foreach (var subscription in _subscriptions)
                {
                    subscription.End();
                }

                _subscriptions.Clear();
            }
        }
    }

    private void Publish(IReadOnlyList<RecordChange> changes, long through)
    {
        lock (_lock)
        {
            foreach (var change in changes)
            {
                _subscriptions.RemoveAll(s => !s.Offer(change));
            }

            _published = through;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Change hub could not publish a batch; retrying.")]
    private partial void LogFailed(Exception exception);
}
