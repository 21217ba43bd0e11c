using CareDirectory.ChangeFeed;
using GraphQL;

namespace CareDirectory.GraphQL.Subscriptions;

/// <summary>
/// A subscription field's source stream: the events of <paramref name="events"/> handed to GraphQL.NET one at a
/// time. The next event is taken only once the previous one's result is built (<see cref="Processed"/>, called by
/// <see cref="ScopedSubscriptionExecutionStrategy"/>), so a slow client makes events wait in their bounded channel
/// (and is disconnected when it overflows) instead of piling up executions. Production starts when the transport
/// subscribes and stops when it unsubscribes.
/// </summary>
internal sealed class EventStream(Func<CancellationToken, IAsyncEnumerable<object>> events, Action onEnd) : IObservable<object?>
{
    private const string UserContextKey = "CareDirectory.EventStream";

    private TaskCompletionSource? _processed;

    /// <summary>The stream of the operation being executed, to release its credit; null outside subscriptions.</summary>
    public static EventStream? Of(IDictionary<string, object?> userContext) =>
        userContext.TryGetValue(UserContextKey, out var stream) ? stream as EventStream : null;

    public EventStream AttachTo(IDictionary<string, object?> userContext)
    {
        userContext[UserContextKey] = this;
        return this;
    }

    public IDisposable Subscribe(IObserver<object?> observer)
    {
        var stop = new CancellationTokenSource();
        _ = PumpAsync(observer, stop.Token);
        return new Unsubscriber(stop);
    }

    /// <summary>The previous event's result is built: the next may go.</summary>
    public void Processed() => Volatile.Read(ref _processed)?.TrySetResult();

    private async Task PumpAsync(IObserver<object?> observer, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var item in events(cancellationToken).WithCancellation(cancellationToken))
            {
                var processed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                Volatile.Write(ref _processed, processed);
                observer.OnNext(item);
                await processed.Task.WaitAsync(cancellationToken);
            }

            observer.OnCompleted();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Unsubscribed: nobody is listening any more.
        }
        catch (SubscriberFellBehindException behind)
        {
            observer.OnError(new ExecutionError(behind.Message) { Code = SubscriptionErrors.SubscriberTooSlow });
        }
        catch (Exception e)
        {
            observer.OnError(e);
        }
        finally
        {
            onEnd();
        }
    }

    private sealed class Unsubscriber(CancellationTokenSource stop) : IDisposable
    {
        public void Dispose()
        {
            stop.Cancel();
            stop.Dispose();
        }
    }
}
