using System.Buffers;
using System.Text.Json;
using CareDirectory.GraphQL.Execution;
using GraphQL;

namespace CareDirectory.GraphQL.Http;

/// <summary>Turns a POST body or a GET query string into operations, refusing malformed input with 400/413.</summary>
internal sealed class GraphQLHttpRequestReader(IGraphQLTextSerializer serializer)
{
    private const int ChunkBytes = 16 * 1024;

    private static readonly string[] _getParameters = ["query", "operationName", "variables", "extensions", "documentId", "id"];

    /// <summary>Reads a JSON body: an object is one operation, an array a batch.</summary>
    public async Task<(IReadOnlyList<GraphQLHttpRequest> Requests, bool IsBatch)> ReadBodyAsync(
        HttpRequest request, GraphQLTransportOptions options, CancellationToken cancellationToken)
    {
        using var body = await ReadLimitedAsync(request, options.MaxRequestBytes, cancellationToken);
        var bytes = body.GetBuffer().AsMemory(0, (int)body.Length);
        if (!System.Text.Unicode.Utf8.IsValid(bytes.Span))
        {
            throw BadRequest(GraphQLErrorCodes.InvalidJson, "The request body is not valid UTF-8.");
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(bytes);
        }
        catch (JsonException)
        {
            throw BadRequest(GraphQLErrorCodes.InvalidJson, body.Length == 0 ? "The request body is empty." : "The request body is not valid JSON.");
        }

        if (!ReadableJson.IsReadable(json.RootElement))
        {
            json.Dispose();
            throw BadRequest(GraphQLErrorCodes.InvalidJson, "The request body has a string that is not valid Unicode (an unpaired surrogate such as \\ud800).");
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                var count = root.GetArrayLength();
                if (count == 0)
                {
                    throw BadRequest(GraphQLErrorCodes.BatchEmpty, "The batch is empty.");
                }

                if (count > options.MaxBatchSize)
                {
                    throw BadRequest(GraphQLErrorCodes.BatchSizeExceeded, $"The batch has {count} operations; the limit is {options.MaxBatchSize}.");
                }

                return (root.EnumerateArray().Select(ReadOperation).ToList(), true);
            }

            return ([ReadOperation(root)], false);
        }
    }

    /// <summary>Reads <c>query</c>, <c>operationName</c>, <c>variables</c> and <c>extensions</c> (JSON text) from a GET query string.</summary>
    public GraphQLHttpRequest ReadQueryString(IQueryCollection query)
    {
        foreach (var name in _getParameters)
        {
            if (query[name].Count > 1)
            {
                throw BadRequest(GraphQLErrorCodes.InvalidRequest, $"The parameter '{name}' appears more than once.");
            }
        }

        var variables = ParseJsonParameter(query["variables"].ToString(), "variables");
        var extensions = ParseJsonParameter(query["extensions"].ToString(), "extensions");
        using (variables)
        using (extensions)
        {
            return Complete(
                NullIfEmpty(query["query"].ToString()),
                DocumentId(NullIfEmpty(query["documentId"].ToString()), NullIfEmpty(query["id"].ToString())),
                NullIfEmpty(query["operationName"].ToString()),
                variables?.RootElement,
                extensions?.RootElement);
        }
    }

    /// <summary>One operation object (a POST body, a batch element, a WebSocket <c>subscribe</c> payload); a coded refusal when it is not one.</summary>
    public GraphQLHttpRequest ReadOperation(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw BadRequest(GraphQLErrorCodes.InvalidRequest, "A GraphQL request must be a JSON object.");
        }

        return Complete(
            OptionalString(element, "query"),
            DocumentId(OptionalString(element, "documentId"), OptionalString(element, "id")),
            OptionalString(element, "operationName"),
            OptionalMap(element, "variables"),
            OptionalMap(element, "extensions"));
    }

    private GraphQLHttpRequest Complete(string? query, string? documentId, string? operationName, JsonElement? variables, JsonElement? extensions)
    {
        var persistedQueryId = ApolloPersistedQueryId(extensions);
        if (query is null && documentId is null && persistedQueryId is null)
        {
            throw BadRequest(GraphQLErrorCodes.QueryMissing, "The request has no 'query' (or 'documentId').");
        }

        if (documentId is not null && (query is not null || persistedQueryId is not null))
        {
            throw BadRequest(GraphQLErrorCodes.InvalidRequest, "Send a persisted document's 'documentId' (or 'id') alone, without 'query' or 'extensions.persistedQuery'.");
        }

        return new GraphQLHttpRequest
        {
            Query = query,
            DocumentId = documentId,
            PersistedQueryId = persistedQueryId,
            OperationName = operationName,
            Variables = variables is { ValueKind: JsonValueKind.Object } v ? serializer.ReadNode<Inputs>(v) : null,
            Extensions = extensions is { ValueKind: JsonValueKind.Object } e ? serializer.ReadNode<Inputs>(e) : null,
        };
    }

    /// <summary>
    /// <c>documentId</c> (GraphQL over HTTP) or <c>id</c> (HotChocolate's name): the same thing, so both at once must
    /// agree. HotChocolate clients send the bare hex hash; our ids carry the algorithm, so a bare hash gets <c>sha256:</c>.
    /// </summary>
    private static string? DocumentId(string? documentId, string? id)
    {
        if (documentId is not null && id is not null && documentId != id)
        {
            throw BadRequest(GraphQLErrorCodes.InvalidRequest, "'documentId' and 'id' name different documents; send one.");
        }

        return (documentId ?? id) is { } value && !value.Contains(':', StringComparison.Ordinal) ? PersistedDocumentStore.Prefix + value : documentId ?? id;
    }

    /// <summary>
    /// Apollo's Automatic Persisted Queries: <c>extensions.persistedQuery { version: 1, sha256Hash }</c>, with or
    /// without the query. A malformed one is a request error rather than silently running the query unpersisted.
    /// </summary>
    private static string? ApolloPersistedQueryId(JsonElement? extensions)
    {
        if (extensions is not { ValueKind: JsonValueKind.Object } e || !e.TryGetProperty("persistedQuery", out var persistedQuery))
        {
            return null;
        }

        if (persistedQuery.ValueKind != JsonValueKind.Object
            || !persistedQuery.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number) || number != 1
            || !persistedQuery.TryGetProperty("sha256Hash", out var hash) || hash.ValueKind != JsonValueKind.String
            || hash.GetString() is not { Length: 64 } hex || !hex.All(char.IsAsciiHexDigit))
        {
            throw BadRequest(GraphQLErrorCodes.InvalidRequest, "'extensions.persistedQuery' must be { \"version\": 1, \"sha256Hash\": \"<64 hex digits>\" }.");
        }

        return PersistedDocumentStore.Prefix + hex.ToLowerInvariant();
    }

    private static string? OptionalString(JsonElement element, string name) =>
        !element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw BadRequest(GraphQLErrorCodes.InvalidRequest, $"'{name}' must be a string.");

    private static JsonElement? OptionalMap(JsonElement element, string name) =>
        !element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.Object ? value
        : throw BadRequest(GraphQLErrorCodes.InvalidRequest, $"'{name}' must be a JSON object.");

    private static JsonDocument? ParseJsonParameter(string text, string name)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            throw BadRequest(GraphQLErrorCodes.InvalidRequest, $"'{name}' must be a JSON object.");
        }

        if (document.RootElement.ValueKind is JsonValueKind.Object or JsonValueKind.Null && ReadableJson.IsReadable(document.RootElement))
        {
            return document;
        }

        document.Dispose();
        throw BadRequest(GraphQLErrorCodes.InvalidRequest, $"'{name}' must be a JSON object.");
    }

    // Every uncached page reads its body here (#21): the copy chunk is pooled and the buffer starts at the announced
    // length, so a 2 KB request allocates about 2 KB rather than a 16 KB chunk and a buffer doubling its way up. The
    // announced length is capped at one chunk: a client that announces much and sends little gets no large buffer.
    private static async Task<MemoryStream> ReadLimitedAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        var buffer = new MemoryStream((int)Math.Min(request.ContentLength ?? 0, ChunkBytes));
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk.AsMemory(0, ChunkBytes), cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    await buffer.DisposeAsync();
                    throw TooLarge(maxBytes);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer;
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static GraphQLRequestRejectedException TooLarge(int maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, GraphQLErrorCodes.RequestTooLarge, $"The request body is larger than {maxBytes} bytes.");

    private static GraphQLRequestRejectedException BadRequest(string code, string message) =>
        new(StatusCodes.Status400BadRequest, code, message);
}
