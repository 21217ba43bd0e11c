using System.Text.Encodings.Web;
using CareDirectory.GraphQL.Execution;
using GraphQL;
using GraphQL.SystemTextJson;

namespace CareDirectory.GraphQL.Http;

/// <summary>The one way every transport writes GraphQL responses.</summary>
internal static class GraphQLResponseSerializer
{
    /// <summary>
    /// Relaxed escaping keeps messages readable ("'" not "\u0027"); responses are JSON, never embedded in HTML.
    /// Unexpected errors are masked unless <see cref="GraphQLTransportOptions.ExposeExceptionDetails"/>.
    /// </summary>
    public static IGraphQLTextSerializer Create(GraphQLTransportOptions options) => new GraphQLSerializer(
        serializerOptions => serializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        new MaskingErrorInfoProvider(options.ExposeExceptionDetails));
}
