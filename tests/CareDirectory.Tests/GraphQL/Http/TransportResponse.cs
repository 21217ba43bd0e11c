namespace CareDirectory.Tests.GraphQL.Http;

internal sealed record TransportResponse(int Status, string? ContentType, string Body, IReadOnlyDictionary<string, string> Headers);
