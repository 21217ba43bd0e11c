namespace CareDirectory.Data;

/// <summary>
/// Hears that a write of this process has committed (its change-log entries included), before the writer hears back.
/// The write use cases report to it without knowing who listens; the change feed listens (<c>ChangeFeed/LocalWrites</c>:
/// cached responses outdated at once, the change-log follower looks now instead of at its next poll).
/// </summary>
public interface ICommitObserver
{
    Task CommittedAsync(CancellationToken cancellationToken);
}
