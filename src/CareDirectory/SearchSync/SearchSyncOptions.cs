namespace CareDirectory.SearchSync;

/// <summary>How the index follows the change log (configuration section <c>Search:Sync</c>).</summary>
public sealed class SearchSyncOptions
{
    public const string Section = "Search:Sync";

    /// <summary>Run the background worker that applies the change log to the index.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Longest wait between looks once caught up; the worker is woken sooner when the change-log follower's watermark moves.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>First wait after a failed index write; doubled on every further failure.</summary>
    public TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest wait between retries while the index is down.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Change-log entries applied per index write.</summary>
    public int BatchSize { get; set; } = 500;
}
