using CareDirectory.GraphQL.Http;
using GraphQL;
using GraphQLParser.AST;

namespace CareDirectory.GraphQL.Subscriptions;

/// <summary>
/// Runs one operation for a streaming transport (WebSocket, Server-Sent Events) through the same pipeline as HTTP
/// (<see cref="GraphQLOperationRunner"/>): a query or mutation gives one result; a subscription, once the caller's
/// open-subscription limit admits it, gives a result per event until it ends, the client cancels or the transport
/// stops it.
/// </summary>
internal sealed class LiveOperationRunner(GraphQLOperationRunner runner, OpenSubscriptionLimiter limiter)
{
    /// <summary>Runs <paramref name="request"/>; <paramref name="admit"/> may refuse its operation type (see <see cref="GraphQLOperationRunner"/>).</summary>
    public async Task RunAsync(HttpContext context, GraphQLHttpRequest request, ILiveResultSink sink, Action<GraphQLOperationDefinition> admit, CancellationToken cancellationToken)
    {
        var options = new ExecutionOptions { OperationName = request.OperationName };
        ExecutionResult result;
        try
        {
            result = await runner.RunAsync(context, request, options, admit, cancellationToken);
        }
        catch (GraphQLRequestRejectedException rejected)
        {
            sink.Error(GraphQLOperationRunner.ErrorResult(rejected.Code, rejected.Message));
            sink.Complete();
            return;
        }

        if (result.Streams is not { Count: > 0 } streams)
        {
            // Executed with errors (a subscription's own argument error, a query's field error) is a result like
            // any other; not executed (parse, validation, limits) is the protocols' "error".
            if (result.Executed)
            {
                sink.Next(result);
            }
            else
            {
                sink.Error(result);
            }

            sink.Complete();
            return;
        }

        var stream = streams.Values.Single();
        var lease = limiter.TryOpen(RequestCallers.Of(options.UserContext));
        if (lease is null)
        {
            // Subscribing and leaving at once ends the stream's hub subscription.
            stream.Subscribe(new StreamObserver(sink)).Dispose();
            sink.Error(GraphQLOperationRunner.ErrorResult(
                SubscriptionErrors.SubscriptionLimitExceeded,
                "Too many subscriptions are open for this API key or address; complete one before starting another."));
            sink.Complete();
            return;
        }

        using (lease)
        {
            var observer = new StreamObserver(sink);
            using (stream.Subscribe(observer))
            {
                try
                {
                    await observer.Ended.WaitAsync(cancellationToken);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    // The client completed the operation or the connection is closing: nothing more is sent.
                }
            }
        }
    }

    private sealed class StreamObserver(ILiveResultSink sink) : IObserver<ExecutionResult>
    {
        private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Ended => _ended.Task;

        public void OnNext(ExecutionResult value)
        {
            if (!sink.Next(value))
            {
                _ended.TrySetResult();
            }
        }

        public void OnError(Exception error)
        {
            if (error is ExecutionError { Code: SubscriptionErrors.SubscriberTooSlow })
            {
                sink.TooSlow(error.Message);
            }
            else
            {
                sink.Error(new ExecutionResult(error as ExecutionError ?? new ExecutionError("The event stream failed.")));
                sink.Complete();
            }

            _ended.TrySetResult();
        }

        public void OnCompleted()
        {
            sink.Complete();
            _ended.TrySetResult();
        }
    }
}
