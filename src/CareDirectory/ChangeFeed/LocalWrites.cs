using CareDirectory.Data;

namespace CareDirectory.ChangeFeed;

/// <summary>
/// The one place a write of this process reports that it committed (<c>Editing/RecordEdits</c>, whatever carried the
/// mutation, tells it through <see cref="ICommitObserver"/>: the write use cases stand on Data alone). It counts the
/// write, so a response computed before it is outdated at once (a writer's next read sees its write), and has the
/// change-log follower look now instead of at its next poll, so subscribers and search sync see the write at once
/// whether or not the response cache is on. Without a follower (a host of the GraphQL transport alone) only the count
/// moves.
/// </summary>
public sealed partial class LocalWrites(ILogger<LocalWrites> logger, ChangeLogFollower? follower = null) : ICommitObserver
{
    private long _committed;

    /// <summary>How many writes of this process have committed since it started.</summary>
    public long Committed => Interlocked.Read(ref _committed);

    /// <summary>A write of this process has committed; returns once the follower has looked (or could not).</summary>
    public async Task CommittedAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _committed);
        if (follower is null)
        {
            return;
        }

        try
        {
            await follower.CatchUpAsync(cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // The count already protects this process's readers; the follower's own loop retries and logs.
            LogCatchUpFailed(failure);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "The change-log follower could not look right after a write; its next poll will.")]
    private partial void LogCatchUpFailed(Exception failure);
}
