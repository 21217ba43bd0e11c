namespace CareDirectory.SearchSync;

/// <summary>How the index follows the change log (configuration section <c>Search:Sync</c>).</summary>
public sealed class SearchSyncOptions
{
    public const string Section = "Search:Sync";

    /// <summary>Run the background worker that applies the change log to the index.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the worker looks for new change-log entries when it has caught up.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>First wait after a failed index write; doubled on every further failure.</summary>
    public TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest wait between retries while the index is down.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long the checkpoint waits below a hole in the change-log sequence (a transaction that took a lower number
    /// and has not committed yet, on PostgreSQL) before it treats the hole as a rollback and moves past it. Entries
    /// above the hole are applied meanwhile. A transaction committing its change-log entries later than this after
    /// writing them can still be missed: run <c>reindex</c> after such long writes, or raise this.
    /// </summary>
    public TimeSpan ChangeLogGapWait { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Change-log entries applied per index write.</summary>
    public int BatchSize { get; set; } = 500;
}
