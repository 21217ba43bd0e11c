using System.ComponentModel.DataAnnotations;

namespace CareDirectory.GraphQL.Subscriptions;

/// <summary>Limits of live subscriptions over WebSocket and Server-Sent Events (configuration section <c>Subscriptions</c>).</summary>
public sealed class SubscriptionOptions
{
    public const string Section = "Subscriptions";

    /// <summary>Most changes <c>since:</c> may replay from the change log; further back is REPLAY_WINDOW_EXCEEDED (catch up with <c>Query.changes</c>).</summary>
    [Range(0, 1_000_000)]
    public int MaxReplay { get; set; } = 10_000;

    /// <summary>Most changes waiting for one subscription; a subscriber that lets more pile up is disconnected.</summary>
    [Range(1, 100_000)]
    public int MaxWaitingChanges { get; set; } = 1_000;

    /// <summary>Most messages waiting to be written to one connection; a client that reads slower is disconnected.</summary>
    [Range(1, 100_000)]
    public int MaxWaitingMessages { get; set; } = 1_000;

    /// <summary>Most subscriptions open at once per API key and per client address (each counted on its own).</summary>
    [Range(1, 100_000)]
    public int MaxOpenPerCaller { get; set; } = 100;

    /// <summary>How long a WebSocket may take to send <c>connection_init</c> (then close 4408).</summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "00:10:00")]
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A WebSocket with no operation running for this long is closed (1000): idle sockets cost the server memory.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Longest life of one connection or event stream; then it is closed and the client reconnects (with <c>since:</c>).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan MaxLifetime { get; set; } = TimeSpan.FromHours(4);

    /// <summary><c>countyPageChanged</c> sends at most one event per this interval.</summary>
    [Range(typeof(TimeSpan), "00:00:00.01", "01:00:00")]
    public TimeSpan CountyPageInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Origins (scheme://host[:port]) whose pages may open a WebSocket besides this server's own; any other browser
    /// origin is refused (403), as the CSRF rule refuses cross-site HTTP requests. Clients that send no Origin pass.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];
}
