using System.Security.Cryptography;
using System.Text;
using CareDirectory.GraphQL.Http;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Net.Http.Headers;

namespace CareDirectory.GraphQL.Caching;

/// <summary>
/// One single operation's way through the response cache and HTTP caching. Anonymous requests (no
/// <c>Authorization</c>) share entries keyed by the document (its text's hash, or its persisted id), the operation
/// name, the variables, and the response media type; a request with a key is never answered from the cache nor kept
/// in it, since the key is checked, and may be revoked, on every request. GET answers carry <c>ETag</c> (the body's
/// hash), <c>Cache-Control</c> and <c>Vary</c>, and <c>If-None-Match</c> gets 304: from a current kept entry without
/// executing, else after executing when the new body has the same tag.
/// </summary>
internal sealed class ResponseCacheLookup
{
    private const string Vary = "Accept, Authorization";

    /// <summary>A county page of ten partners is about 18 KB; smaller answers waste at most this, once.</summary>
    private const int InitialBodyCapacity = 16 * 1024;

    private readonly ResponseCache _cache;
    private readonly IGraphQLTextSerializer _serializer;
    private readonly string _mediaType;
    private readonly bool _isGet;
    private readonly string? _key;
    private readonly DataVersion _version;

    private ResponseCacheLookup(ResponseCache cache, IGraphQLTextSerializer serializer, string mediaType, bool isGet, string? key)
    {
        _cache = cache;
        _serializer = serializer;
        _mediaType = mediaType;
        _isGet = isGet;
        _key = key;

        // Taken before anything executes: a response is labelled with a version its data is at least as new as.
        _version = cache.Current;
    }

    /// <summary>Starts the way of one operation; <paramref name="request"/> is not yet checked in any way.</summary>
    public static ResponseCacheLookup Start(ResponseCache cache, HttpContext context, GraphQLHttpRequest request, string mediaType, bool isGet, IGraphQLTextSerializer serializer)
    {
        var anonymous = string.IsNullOrEmpty(context.Request.Headers.Authorization);
        var document = request.Query is { } text ? "q:" + Hash(text) : request.DocumentId is { } id ? "d:" + id : request.PersistedQueryId is { } apq ? "d:" + apq : null;
        var key = anonymous && cache.Options.Enabled && document is not null
            ? Hash(string.Join('\n', document, request.OperationName ?? "", request.Variables is null ? "" : serializer.Serialize(request.Variables), mediaType))
            : null;
        return new ResponseCacheLookup(cache, serializer, mediaType, isGet, key) { IsAnonymous = anonymous };
    }

    private bool IsAnonymous { get; init; }

    /// <summary>Answers from a current kept response (200, or 304 to a matching <c>If-None-Match</c>); false when there is none.</summary>
    public async Task<bool> TryAnswerAsync(HttpContext context)
    {
        if (_key is null || _cache.Find(_key) is not { } kept || _cache.Gate?.Admits(context, kept.Cost) == false)
        {
            return false;
        }

        _cache.Metrics.Hit();
        await WriteAsync(context, kept.Body, kept.ETag, kept.Hint, kept.ExpiresAt);
        return true;
    }

    /// <summary>Writes an executed operation's response, keeping it when it may be reused.</summary>
    public async Task WriteAsync(HttpContext context, int statusCode, ExecutionResult result)
    {
        if (_key is not null && result.Operation?.Operation == OperationType.Query)
        {
            _cache.Metrics.Miss();
        }

        var reusable = statusCode == StatusCodes.Status200OK && result is { Executed: true, Errors: null or { Count: 0 }, Operation.Operation: OperationType.Query };
        if (!reusable)
        {
            if (_isGet)
            {
                // Errors may be passing (a timeout, a rate limit, a search backend down): nobody keeps them.
                context.Response.Headers.CacheControl = "no-store";
                context.Response.Headers.Vary = Vary;
            }

            using var unkept = await Utf8Async(result, context.RequestAborted);
            await WriteBodyAsync(context, statusCode, Written(unkept));
            return;
        }

        using var serialized = await Utf8Async(result, context.RequestAborted);
        if (_key is null && !_isGet)
        {
            // Neither kept nor revalidated (a POST with the cache off, or with a key): no tag or hints to compute, and
            // no copy of the bytes to keep — the buffer they were written to goes out as it is.
            await WriteBodyAsync(context, StatusCodes.Status200OK, Written(serialized));
            return;
        }

        var body = serialized.ToArray();

        var etag = $"\"{Hash([.. Encoding.UTF8.GetBytes(_mediaType + "\n"), .. body])[..27]}\"";
        var hint = OperationCacheHints.Of(context.RequestServices.GetRequiredService<ISchema>(), result.Document!, result.Operation!);
        var expires = hint.MaxAge is { } maxAge ? _cache.Now + maxAge : (DateTimeOffset?)null;
        if (_key is not null && hint.Scope == CacheControlScope.Public)
        {
            _cache.Keep(_key, new CachedResponse(body, etag, _version, hint, expires, CostOf(result)));
        }

        await WriteAsync(context, body, etag, hint, expires);
    }

    private async Task WriteAsync(HttpContext context, byte[] body, string etag, CacheHint hint, DateTimeOffset? expires)
    {
        if (!_isGet)
        {
            await WriteBodyAsync(context, StatusCodes.Status200OK, body);
            return;
        }

        var headers = context.Response.Headers;
        headers.Vary = Vary;
        if (!IsAnonymous)
        {
            headers.CacheControl = "private, no-store";
            await WriteBodyAsync(context, StatusCodes.Status200OK, body);
            return;
        }

        var maxAge = _cache.Options.PublicMaxAge;
        if (expires is { } end && end - _cache.Now < maxAge)
        {
            maxAge = end - _cache.Now;
        }

        headers.ETag = etag;
        headers.CacheControl = $"{(hint.Scope == CacheControlScope.Private ? "private" : "public")}, max-age={Math.Max(0, (long)Math.Round(maxAge.TotalSeconds))}";
        if (Matches(context.Request.GetTypedHeaders().IfNoneMatch, etag))
        {
            _cache.Metrics.NotModified();
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        await WriteBodyAsync(context, StatusCodes.Status200OK, body);
    }

    private async Task WriteBodyAsync(HttpContext context, int statusCode, ReadOnlyMemory<byte> body)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = _mediaType + "; charset=utf-8";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    /// <summary>
    /// The response straight in UTF-8, without a UTF-16 string of the whole of it on the way. The buffer starts at the
    /// size of a typical page so that it is not regrown from 256 bytes for every response.
    /// </summary>
    private async Task<MemoryStream> Utf8Async(ExecutionResult result, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream(InitialBodyCapacity);
        await _serializer.WriteAsync(buffer, result, cancellationToken);
        return buffer;
    }

    /// <summary>The bytes written to <paramref name="buffer"/>, without copying them out of it.</summary>
    private static ReadOnlyMemory<byte> Written(MemoryStream buffer) => buffer.GetBuffer().AsMemory(0, (int)buffer.Length);

    /// <summary>The cost the transport measured and reported in <c>extensions.cost.requested</c>.</summary>
    private static int CostOf(ExecutionResult result) =>
        result.Extensions?.GetValueOrDefault("cost") is IDictionary<string, object?> cost && cost.TryGetValue("requested", out var requested) && requested is int value ? value : 1;

    /// <summary>RFC 9110 §13.1.2: weak comparison, and <c>*</c> matches any current representation.</summary>
    private static bool Matches(IList<EntityTagHeaderValue> ifNoneMatch, string etag) =>
        ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(new EntityTagHeaderValue(etag), useStrongComparison: false));

    private static string Hash(string text) => Hash(Encoding.UTF8.GetBytes(text));

    private static string Hash(byte[] bytes) => Convert.ToBase64String(SHA256.HashData(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
