namespace CareDirectory.ChangeFeed;

/// <summary>How the process follows the change log (configuration section <c>ChangeFeed</c>).</summary>
public sealed class ChangeFeedOptions
{
    public const string Section = "ChangeFeed";

    /// <summary>How often the follower looks for newly committed change-log entries.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest wait between attempts while the database fails.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);
}
