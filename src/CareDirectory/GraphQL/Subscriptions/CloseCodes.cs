namespace CareDirectory.GraphQL.Subscriptions;

/// <summary>WebSocket close codes: graphql-transport-ws's own (4xxx) and the RFC 6455 ones we use.</summary>
internal static class CloseCodes
{
    public const int BadRequest = 4400;
    public const int Unauthorized = 4401;
    public const int Forbidden = 4403;
    public const int SubprotocolNotAcceptable = 4406;
    public const int ConnectionInitialisationTimeout = 4408;
    public const int SubscriberAlreadyExists = 4409;
    public const int TooManyInitialisationRequests = 4429;
    public const int InternalServerError = 4500;

    /// <summary>RFC 6455 "try again later": the client fell behind; reconnecting is the remedy.</summary>
    public const int TryAgainLater = 1013;
}
