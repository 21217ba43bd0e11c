namespace CareDirectory.GraphQL.Subscriptions;

/// <summary>Error codes of subscriptions (documented in the README and docs/subscriptions.md).</summary>
public static class SubscriptionErrors
{
    /// <summary><c>since:</c> lies further back than the replay window: catch up with <c>Query.changes</c> first.</summary>
    public const string ReplayWindowExceeded = "REPLAY_WINDOW_EXCEEDED";

    /// <summary>The caller (API key or address) has as many subscriptions open as allowed.</summary>
    public const string SubscriptionLimitExceeded = "SUBSCRIPTION_LIMIT_EXCEEDED";

    /// <summary>Changes piled up faster than the subscriber took them; it was disconnected.</summary>
    public const string SubscriberTooSlow = "SUBSCRIBER_TOO_SLOW";
}
