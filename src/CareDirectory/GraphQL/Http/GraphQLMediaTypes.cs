using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace CareDirectory.GraphQL.Http;

/// <summary>Content negotiation per GraphQL over HTTP, including its rules for legacy <c>application/json</c> clients.</summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string Html = "text/html";

    /// <summary>GraphQL SDL, as HotChocolate serves <c>?sdl</c>.</summary>
    public const string Sdl = "application/graphql";

    /// <summary>Server-Sent Events, for GraphQL over SSE (<c>graphql-sse</c>).</summary>
    public const string EventStream = "text/event-stream";

    /// <summary>
    /// The response media type: <c>application/graphql-response+json</c> only when the client names it (and does
    /// not prefer <c>application/json</c>); <c>application/json</c> when the client names it, sends a wildcard or
    /// no Accept header at all (the spec's legacy rule); null when it accepts neither (406).
    /// </summary>
    public static string? Negotiate(IList<MediaTypeHeaderValue> accept)
    {
        if (accept.Count == 0)
        {
            return Json;
        }

        var graphQLResponse = Quality(accept, GraphQLResponse, out var named);
        var json = Quality(accept, Json, out _);
        if (named && graphQLResponse > 0 && graphQLResponse >= json)
        {
            return GraphQLResponse;
        }

        return json > 0 ? Json : null;
    }

    /// <summary>True when the client names one of the GraphQL JSON media types itself: a browser never does on its own.</summary>
    public static bool NamesGraphQLMediaType(IList<MediaTypeHeaderValue> accept) =>
        accept.Any(range => (range.Quality ?? 1) > 0
            && (StringSegment.Equals(range.MediaType, GraphQLResponse, StringComparison.OrdinalIgnoreCase)
                || StringSegment.Equals(range.MediaType, Json, StringComparison.OrdinalIgnoreCase)));

    /// <summary>True when the client names <c>text/event-stream</c> itself, as GraphQL over SSE clients do.</summary>
    public static bool NamesEventStream(IList<MediaTypeHeaderValue> accept) =>
        accept.Any(range => (range.Quality ?? 1) > 0 && StringSegment.Equals(range.MediaType, EventStream, StringComparison.OrdinalIgnoreCase));

    public static bool AcceptsHtml(IList<MediaTypeHeaderValue> accept) =>
        accept.Any(range => (range.Quality ?? 1) > 0 && StringSegment.Equals(range.MediaType, Html, StringComparison.OrdinalIgnoreCase));

    /// <summary>The quality the client gives a media type, from its most specific matching range.</summary>
    private static double Quality(IList<MediaTypeHeaderValue> accept, string mediaType, out bool named)
    {
        double? exact = null, subtypeWildcard = null, anyWildcard = null;
        foreach (var range in accept)
        {
            var quality = range.Quality ?? 1;
            if (StringSegment.Equals(range.MediaType, mediaType, StringComparison.OrdinalIgnoreCase))
            {
                exact = Math.Max(exact ?? 0, quality);
            }
            else if (StringSegment.Equals(range.MediaType, "application/*", StringComparison.OrdinalIgnoreCase))
            {
                subtypeWildcard = Math.Max(subtypeWildcard ?? 0, quality);
            }
            else if (StringSegment.Equals(range.MediaType, "*/*", StringComparison.OrdinalIgnoreCase))
            {
                anyWildcard = Math.Max(anyWildcard ?? 0, quality);
            }
        }

        named = exact is not null;
        return exact ?? subtypeWildcard ?? anyWildcard ?? 0;
    }
}
