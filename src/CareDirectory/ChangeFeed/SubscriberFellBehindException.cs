namespace CareDirectory.ChangeFeed;

/// <summary>
/// A subscriber did not take its changes as fast as they came and more than its bound were waiting: it is dropped
/// rather than buffered without end. It may resume from the last sequence it received.
/// </summary>
public sealed class SubscriberFellBehindException(int waiting)
    : Exception($"More than {waiting} changes were waiting for this subscriber; it was disconnected. Resubscribe with `since:` set to the last sequence received.")
{
    public int Waiting { get; } = waiting;
}
