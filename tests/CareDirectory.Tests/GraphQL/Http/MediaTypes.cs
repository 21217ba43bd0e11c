namespace CareDirectory.Tests.GraphQL.Http;

internal static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json; charset=utf-8";
    public const string Json = "application/json; charset=utf-8";

    /// <summary>The cost extension of a response to <c>{ hello }</c> under the default limit.</summary>
    public const string HelloCost = "\"extensions\":{\"cost\":{\"requested\":1,\"limit\":20000}}";
}
