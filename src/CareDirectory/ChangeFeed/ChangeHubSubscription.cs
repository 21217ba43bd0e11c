using System.Threading.Channels;

namespace CareDirectory.ChangeFeed;

/// <summary>
/// One subscriber's place at the <see cref="ChangeHub"/>: every change after <see cref="After"/> that its filter
/// accepts arrives in <see cref="Changes"/>, in sequence order, once. The channel is bounded: when it is full the
/// subscription ends with <see cref="SubscriberFellBehindException"/>.
/// </summary>
public sealed class ChangeHubSubscription : IDisposable
{
    private readonly ChangeHub _hub;
    private readonly Func<RecordChange, bool> _filter;
    private readonly Channel<RecordChange> _channel;
    private readonly int _capacity;

    internal ChangeHubSubscription(ChangeHub hub, long after, Func<RecordChange, bool> filter, int capacity)
    {
        _hub = hub;
        _filter = filter;
        _capacity = capacity;
        After = after;
        _channel = Channel.CreateBounded<RecordChange>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });
    }

    /// <summary>Every change up to this sequence was published before the subscription began: read it from the change log.</summary>
    public long After { get; }

    public ChannelReader<RecordChange> Changes => _channel.Reader;

    public void Dispose()
    {
        _hub.Remove(this);
        _channel.Writer.TryComplete();
    }

    /// <summary>Called by the hub, in order, under its lock. False when the subscriber fell behind and must be removed.</summary>
    internal bool Offer(RecordChange change)
    {
        if (change.Sequence <= After || !_filter(change) || _channel.Writer.TryWrite(change))
        {
            return true;
        }

        _channel.Writer.TryComplete(new SubscriberFellBehindException(_capacity));
        return false;
    }

    /// <summary>Ends the subscription because the process is stopping.</summary>
    internal void End() => _channel.Writer.TryComplete();
}
