namespace CareDirectory.ChangeFeed;

/// <summary>
/// How far the change log is final on one database: the highest sequence number at or below which every entry that
/// will ever commit has committed. Each provider knows this differently (<see cref="SqliteCommitHorizon"/>,
/// <see cref="PostgresCommitHorizon"/>). Called by one caller at a time.
/// </summary>
public interface ICommitHorizon
{
    /// <summary>
    /// Looks at the database once and returns the new watermark (at least <paramref name="watermark"/>; -1 while
    /// it is not known yet) and whether another look right away could move it further.
    /// </summary>
    Task<(long Watermark, bool LookAgain)> AdvanceAsync(long watermark, CancellationToken cancellationToken);
}
