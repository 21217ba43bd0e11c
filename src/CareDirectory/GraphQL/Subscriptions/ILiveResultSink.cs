using GraphQL;

namespace CareDirectory.GraphQL.Subscriptions;

/// <summary>Where a transport takes the results of one operation run by <see cref="LiveOperationRunner"/>.</summary>
internal interface ILiveResultSink
{
    /// <summary>A result (a query's, or one event's); false when the client is too slow to take it.</summary>
    bool Next(ExecutionResult result);

    /// <summary>The operation failed before it ran (a document, validation or limit error) or its subscription was refused.</summary>
    void Error(ExecutionResult result);

    /// <summary>The operation ended: no more results.</summary>
    void Complete();

    /// <summary>The subscriber fell behind (<see cref="SubscriptionErrors.SubscriberTooSlow"/>): the transport drops the client.</summary>
    void TooSlow(string message);
}
