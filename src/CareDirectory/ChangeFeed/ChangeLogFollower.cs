using System.Runtime.CompilerServices;
using CareDirectory.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareDirectory.ChangeFeed;

/// <summary>
/// The process's one reader of the change log: it keeps a commit-order <see cref="Watermark"/> (every entry at or
/// below it that will ever commit has committed; see <see cref="ICommitHorizon"/>) and hands every consumer the same
/// ordered, gap-safe stream from the position it asks for. Search sync follows it from the index's own checkpoint;
/// a response cache can take <see cref="Watermark"/> as its data version; subscriptions can replay from a client's
/// <c>since</c> with <see cref="FollowAsync"/> and then receive each batch as the watermark moves. Consumers never
/// look at sequence holes themselves, so none of them can skip an entry that commits late or wait for one that
/// never will.
/// </summary>
public sealed partial class ChangeLogFollower(
    IDbContextFactory<DirectoryDbContext> contexts,
    ICommitHorizon horizon,
    IOptions<ChangeFeedOptions> options,
    TimeProvider time,
    ILogger<ChangeLogFollower> logger) : BackgroundService
{
    private readonly SemaphoreSlim _looking = new(1, 1);
    private long _watermark = -1;
    private TaskCompletionSource _moved = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The commit-order watermark; -1 until the first look at the database has proven one.</summary>
    public long Watermark => Interlocked.Read(ref _watermark);

    /// <summary>
    /// The watermark, looking at the database until it is known when the background loop has not proven one yet
    /// (command-line use, or right after start).
    /// </summary>
    public async Task<long> CurrentWatermarkAsync(CancellationToken cancellationToken)
    {
        while (Watermark < 0)
        {
            if (!(await LookAsync(cancellationToken)).LookAgain && Watermark < 0)
            {
                await Task.Delay(options.Value.PollInterval, time, cancellationToken);
            }
        }

        return Watermark;
    }

    /// <summary>
    /// Looks at the database now rather than at the next poll, and returns the watermark: a process that has just
    /// committed a write calls it so its own consumers (the response cache, search sync) need not wait a poll interval.
    /// The watermark still moves only as far as is proven (an older transaction still open holds it back).
    /// </summary>
    public async Task<long> CatchUpAsync(CancellationToken cancellationToken)
    {
        // As the loop does: a look that judged a hole is followed by one more, which passes a rolled-back write's hole.
        var (watermark, lookAgain) = await LookAsync(cancellationToken);
        return lookAgain ? (await LookAsync(cancellationToken)).Watermark : watermark;
    }

    /// <summary>
    /// Has the background loop look at the database now rather than at its next poll: a commit was announced (on
    /// PostgreSQL by <see cref="PostgresChangeListener"/>).
    /// </summary>
    public void LookNow() => Volatile.Read(ref _wake).TrySetResult();

    /// <summary>Committed entries after <paramref name="after"/> up to the watermark, at most <paramref name="max"/>, in order.</summary>
    public async Task<ChangeLogBatch> ReadAsync(long after, int max, CancellationToken cancellationToken)
    {
        var through = await CurrentWatermarkAsync(cancellationToken);
        if (through <= after)
        {
            return new ChangeLogBatch([], after, after);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = await db.ChangeLog.AsNoTracking()
            .Where(e => e.Sequence > after && e.Sequence <= through)
            .OrderBy(e => e.Sequence)
            .Take(max)
            .ToListAsync(cancellationToken);
        return new ChangeLogBatch(entries, after, entries.Count == max ? entries[^1].Sequence : through);
    }

    /// <summary>How many committed entries lie after <paramref name="position"/> up to the watermark: how far a consumer is behind.</summary>
    public async Task<int> CountBehindAsync(long position, CancellationToken cancellationToken)
    {
        var through = Watermark;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return through <= position ? 0 : await db.ChangeLog.CountAsync(e => e.Sequence > position && e.Sequence <= through, cancellationToken);
    }

    /// <summary>Completes when the watermark passes <paramref name="after"/>, or after <paramref name="timeout"/>.</summary>
    public async Task WaitForChangeAsync(long after, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var moved = Volatile.Read(ref _moved).Task;
        if (Watermark > after)
        {
            return;
        }

        await moved.WaitAsync(timeout, time, cancellationToken).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>
    /// Every committed entry after <paramref name="after"/>, batch by batch in sequence order, without end: the
    /// backlog first, then each batch as the watermark moves. Each entry is delivered once.
    /// </summary>
    public async IAsyncEnumerable<ChangeLogBatch> FollowAsync(long after, int batchSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var batch = await ReadAsync(after, batchSize, cancellationToken);
            if (batch.Advances)
            {
                after = batch.Through;
                yield return batch;
            }
            else
            {
                await WaitForChangeAsync(after, options.Value.PollInterval, cancellationToken);
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        var again = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // One immediate second look after a hole was judged: a rolled-back write's hole is passed at once.
                again = !again && (await LookAsync(stoppingToken)).LookAgain;
                if (failures > 0)
                {
                    LogRecovered(failures);
                    failures = 0;
                }

                if (!again)
                {
                    await PollIntervalOrWakeAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The watermark stays where it was: nothing is delivered that is not proven committed.
                failures++;
                var delay = TimeSpan.FromTicks(Math.Min(options.Value.MaxRetryDelay.Ticks, options.Value.PollInterval.Ticks << Math.Min(failures, 16)));
                LogFailed(e, failures, delay);
                try
                {
                    await Task.Delay(delay, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task PollIntervalOrWakeAsync(CancellationToken stoppingToken)
    {
        var wake = Volatile.Read(ref _wake).Task;
        using var poll = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        await Task.WhenAny(Task.Delay(options.Value.PollInterval, time, poll.Token), wake);
        await poll.CancelAsync();
        stoppingToken.ThrowIfCancellationRequested();
        if (wake.IsCompleted)
        {
            // The look that follows sees every commit announced so far; later announcements complete the new one.
            Interlocked.Exchange(ref _wake, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        }
    }

    private async Task<(long Watermark, bool LookAgain)> LookAsync(CancellationToken cancellationToken)
    {
        await _looking.WaitAsync(cancellationToken);
        try
        {
            var (watermark, lookAgain) = await horizon.AdvanceAsync(Watermark, cancellationToken);
            if (watermark > Watermark)
            {
                Interlocked.Exchange(ref _watermark, watermark);
                Interlocked.Exchange(ref _moved, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
            }

            return (watermark, lookAgain);
        }
        finally
        {
            _looking.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Change-log follower recovered after {Failures} failed attempts.")]
    private partial void LogRecovered(int failures);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Change-log follower could not read the change log (attempt {Failures}); retrying in {Delay}.")]
    private partial void LogFailed(Exception exception, int failures, TimeSpan delay);
}
