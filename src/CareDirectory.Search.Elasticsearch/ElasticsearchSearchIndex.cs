using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Elastic.Clients.Elasticsearch;
using Elastic.Transport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace CareDirectory.Search.Elasticsearch;

/// <summary>
/// The search index on Elasticsearch 9, through the official client's transport (authentication, TLS
/// fingerprint, product check, compression) with request bodies we write ourselves, so every JSON shape is
/// explicit and tested. Searches and writes go through an alias; a rebuild loads a new versioned index and
/// swaps the alias in one <c>_aliases</c> call.
/// </summary>
public sealed class ElasticsearchSearchIndex : ISearchIndex, IDisposable
{
    private readonly ElasticsearchClient _client;
    private readonly ElasticsearchSearchOptions _options;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly SemaphoreSlim _aliasLock = new(1, 1);

    /// <summary>_bulk bodies are newline-delimited JSON, in the compatible-with=9 media type the client uses.</summary>
    private readonly RequestConfiguration _ndjson = new() { ContentType = "application/vnd.elasticsearch+x-ndjson;compatible-with=9" };
    private readonly RebuildJournal _journal = new();
    private volatile bool _aliasExists;

    public ElasticsearchSearchIndex(IOptions<ElasticsearchSearchOptions> options, ILogger<ElasticsearchSearchIndex> logger)
        : this(ElasticsearchClientFactory.CreateClient(options.Value), options.Value, logger)
    {
    }

    public ElasticsearchSearchIndex(ElasticsearchClient client, ElasticsearchSearchOptions options, ILogger? logger = null)
    {
        _client = client;
        _options = options;
        _logger = logger ?? NullLogger.Instance;
    }

    private string Alias => _options.IndexAlias;

    public Task UpsertAsync(IEnumerable<SearchDocument> documents, CancellationToken cancellationToken = default) =>
        WriteAsync([.. SearchRequestValidation.Documents(documents).Select(SearchWrite.Put)], cancellationToken);

    public Task DeleteAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default) =>
        WriteAsync([.. ids.Select(SearchWrite.Delete)], cancellationToken);

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        SearchRequestValidation.Validate(request);
        var text = SearchRequestValidation.QueryText(request);
        var browse = text is null;
        var window = new SearchWindow(request, browse);
        await EnsureAliasAsync(cancellationToken);
        var results = await SearchAsync(request, text, window, SearchMatching.AllWords, cancellationToken);
        return text is not null && SearchFields.RetryWithAnyWord(text, results.TotalCount)
            ? await SearchAsync(request, text, window, SearchFields.AnyWordAfter(results.TotalCount), cancellationToken)
            : results;
    }

    private async Task<SearchResults> SearchAsync(
        SearchRequest request, string? text, SearchWindow window, SearchMatching matching, CancellationToken cancellationToken)
    {
        var body = ElasticsearchQueryBuilder.Search(request, text, window, matching);
        var response = await SearchAsync(body, cancellationToken);
        if (text is null)
        {
            return ElasticsearchResponseReader.Read(response, window, browse: true);
        }

        // The rescore window, then (when the page may reach past it) the continuation from the cursor, and the phrase
        // clause over the window's hits (SearchRescoreWindow).
        var continuation = SearchRescoreWindow.NeedsContinuation(window)
            ? await SearchAsync(ElasticsearchQueryBuilder.Continuation(request, text, window, matching), cancellationToken)
            : null;
        var ids = ElasticsearchResponseReader.Ids(response);
        var rescore = ids.Count == 0 ? null : await SearchAsync(ElasticsearchQueryBuilder.Rescore(text, matching, ids), cancellationToken);
        return ElasticsearchResponseReader.ReadRescored(response, rescore, continuation, window);
    }

    private async Task<string> SearchAsync(JsonObject body, CancellationToken cancellationToken) =>
        (await SendAsync(HttpMethod.POST, $"/{Alias}/_search?typed_keys=true", body.ToJsonString(), cancellationToken)).Body;

    public async Task<int> RebuildAsync(
        IAsyncEnumerable<SearchDocument> documents,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        await EnsureAliasAsync(cancellationToken);
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            _journal.Start();
        }
        finally
        {
            _writeLock.Release();
        }

        var index = NewIndexName();
        var created = false;
        try
        {
            await SendAsync(HttpMethod.PUT, "/" + index, ElasticsearchIndexDefinition.Create().ToJsonString(), cancellationToken);
            created = true;
            var count = 0;
            var batch = new List<SearchWrite>(_options.BulkSize);
            await foreach (var document in documents.WithCancellation(cancellationToken))
            {
                batch.Add(SearchWrite.Put(SearchRequestValidation.Document(document)));
                if (batch.Count == _options.BulkSize)
                {
                    await BulkAsync(index, batch, refresh: false, cancellationToken);
                    count += batch.Count;
                    batch.Clear();
                    progress?.Report(count);
                }
            }

            await BulkAsync(index, batch, refresh: false, cancellationToken);
            count += batch.Count;
            await _writeLock.WaitAsync(cancellationToken);
            try
            {
                await BulkAsync(index, _journal.Stop(), refresh: false, cancellationToken);
                await SendAsync(HttpMethod.POST, $"/{index}/_refresh", null, cancellationToken);
                await SwapAliasAsync(index, cancellationToken);
            }
            finally
            {
                _writeLock.Release();
            }

            progress?.Report(count);
            return count;
        }
        catch
        {
            await _writeLock.WaitAsync(CancellationToken.None);
            _journal.Stop();
            _writeLock.Release();
            if (created)
            {
                await TryDeleteIndexAsync(index);
            }

            throw;
        }
    }

    public async Task<SearchHealth> HealthAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var health = await SendAsync(HttpMethod.GET, $"/_cluster/health/{Alias}?timeout=5s", null, cancellationToken, allowNotFound: true);
            if (health.ApiCallDetails.HttpStatusCode == 404)
            {
                return new SearchHealth(SearchHealthStatus.Degraded, $"Elasticsearch is up but alias '{Alias}' does not exist yet.");
            }

            using var json = JsonDocument.Parse(health.Body);
            var status = json.RootElement.GetProperty("status").GetString();
            var count = await SendAsync(HttpMethod.GET, $"/{Alias}/_count", null, cancellationToken);
            using var countJson = JsonDocument.Parse(count.Body);
            var documents = countJson.RootElement.GetProperty("count").GetInt64();
            var mapping = await SendAsync(HttpMethod.GET, $"/{Alias}/_mapping?filter_path=*.mappings._meta", null, cancellationToken);
            return new SearchHealth(
                status == "red" ? SearchHealthStatus.Unavailable : status == "yellow" ? SearchHealthStatus.Degraded : SearchHealthStatus.Healthy,
                $"Elasticsearch alias '{Alias}' is {status} with {documents} documents.",
                documents,
                LayoutVersion(mapping.Body));
        }
        catch (SearchException e)
        {
            return new SearchHealth(SearchHealthStatus.Unavailable, e.Message);
        }
    }

    /// <summary>The layout version in the alias's index mapping <c>_meta</c>; indexes made before it was recorded have none.</summary>
    private static int LayoutVersion(string mappingBody)
    {
        using var json = JsonDocument.Parse(string.IsNullOrWhiteSpace(mappingBody) ? "{}" : mappingBody);
        foreach (var index in json.RootElement.EnumerateObject())
        {
            if (index.Value.TryGetProperty("mappings", out var mappings) && mappings.TryGetProperty("_meta", out var meta)
                && meta.TryGetProperty(SearchLayout.Key, out var version) && version.TryGetInt32(out var number))
            {
                return number;
            }
        }

        return SearchLayout.Unrecorded;
    }

    public void Dispose()
    {
        _writeLock.Dispose();
        _aliasLock.Dispose();
    }

    private string NewIndexName() =>
        $"{Alias}-{DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture)}";

    /// <summary>Creates the first versioned index behind the alias when there is none (first start).</summary>
    private async Task EnsureAliasAsync(CancellationToken cancellationToken)
    {
        if (_aliasExists)
        {
            return;
        }

        // Serialised so concurrent first calls cannot create two indices behind the alias.
        await _aliasLock.WaitAsync(cancellationToken);
        try
        {
            if (_aliasExists)
            {
                return;
            }

            var head = await SendAsync(HttpMethod.HEAD, "/_alias/" + Alias, null, cancellationToken, allowNotFound: true);
            if (head.ApiCallDetails.HttpStatusCode == 404)
            {
                var index = NewIndexName();
                await SendAsync(HttpMethod.PUT, "/" + index, ElasticsearchIndexDefinition.Create(Alias).ToJsonString(), cancellationToken);
                ElasticsearchLog.IndexCreated(_logger, index, Alias);
            }

            _aliasExists = true;
        }
        finally
        {
            _aliasLock.Release();
        }
    }

    /// <summary>Points the alias at <paramref name="index"/> only, in one atomic call, then deletes the old indices.</summary>
    private async Task SwapAliasAsync(string index, CancellationToken cancellationToken)
    {
        var current = await SendAsync(HttpMethod.GET, "/_alias/" + Alias, null, cancellationToken, allowNotFound: true);
        List<string> previous = [];
        if (current.ApiCallDetails.HttpStatusCode != 404)
        {
            using var json = JsonDocument.Parse(current.Body);
            previous = [.. json.RootElement.EnumerateObject().Select(p => p.Name).Where(name => name != index)];
        }

        var actions = new JsonArray();
        foreach (var old in previous)
        {
            actions.Add(new JsonObject { ["remove"] = new JsonObject { ["index"] = old, ["alias"] = Alias } });
        }

        actions.Add(new JsonObject { ["add"] = new JsonObject { ["index"] = index, ["alias"] = Alias } });
        await SendAsync(HttpMethod.POST, "/_aliases", new JsonObject { ["actions"] = actions }.ToJsonString(), cancellationToken);
        _aliasExists = true;
        ElasticsearchLog.AliasSwapped(_logger, Alias, index);
        foreach (var old in previous)
        {
            await TryDeleteIndexAsync(old);
        }
    }

    private async Task TryDeleteIndexAsync(string index)
    {
        try
        {
            await SendAsync(HttpMethod.DELETE, "/" + index, null, CancellationToken.None, allowNotFound: true);
        }
        catch (SearchException e)
        {
            // Not fatal: the index no longer serves; an operator can delete it later.
            ElasticsearchLog.IndexNotDeleted(_logger, e, index);
        }
    }

    private async Task WriteAsync(List<SearchWrite> writes, CancellationToken cancellationToken)
    {
        await EnsureAliasAsync(cancellationToken);
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await BulkAsync(Alias, writes, refresh: true, cancellationToken);
            _journal.Record(writes);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Sends the writes in <c>_bulk</c> requests of at most BulkSize operations; only the last waits for a refresh.</summary>
    private async Task BulkAsync(string target, IEnumerable<SearchWrite> writes, bool refresh, CancellationToken cancellationToken)
    {
        var chunks = writes.Chunk(_options.BulkSize).ToList();
        for (var i = 0; i < chunks.Count; i++)
        {
            await BulkChunkAsync(target, chunks[i], refresh && i == chunks.Count - 1, cancellationToken);
        }
    }

    private async Task BulkChunkAsync(string target, IEnumerable<SearchWrite> writes, bool refresh, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        foreach (var (upsert, deleteId) in writes)
        {
            if (upsert is not null)
            {
                lines.Add(new JsonObject { ["index"] = new JsonObject { ["_id"] = upsert.Id } }.ToJsonString());
                lines.Add(ElasticsearchDocumentMapper.ToSource(upsert).ToJsonString());
            }
            else if (deleteId is not null)
            {
                lines.Add(new JsonObject { ["delete"] = new JsonObject { ["_id"] = deleteId } }.ToJsonString());
            }
        }

        if (lines.Count == 0)
        {
            return;
        }

        var path = $"/{target}/_bulk" + (refresh ? "?refresh=wait_for" : "");
        var response = await SendAsync(HttpMethod.POST, path, PostData.MultiJson(lines), cancellationToken, configuration: _ndjson);
        using var json = JsonDocument.Parse(response.Body);
        if (!json.RootElement.GetProperty("errors").GetBoolean())
        {
            return;
        }

        var failures = json.RootElement.GetProperty("items").EnumerateArray()
            .Select(item => item.EnumerateObject().First().Value)
            .Where(result => result.TryGetProperty("error", out _))
            .ToList();
        if (failures.Count == 0)
        {
            return;
        }

        var first = failures[0];
        var reason = first.GetProperty("error").TryGetProperty("reason", out var r) ? r.GetString() : first.GetProperty("error").ToString();
        var message = $"Elasticsearch rejected {failures.Count} of the bulk operations; first ({first.GetProperty("_id")}): {reason}";
        if (failures.All(f => f.GetProperty("status").GetInt32() is 429 or 503))
        {
            throw new SearchUnavailableException(message);
        }

        throw new SearchBackendException(message);
    }

    private Task<StringResponse> SendAsync(
        HttpMethod method, string path, string? body, CancellationToken cancellationToken, bool allowNotFound = false) =>
        SendAsync(method, path, body is null ? null : PostData.String(body), cancellationToken, allowNotFound);

    /// <summary>
    /// Sends a request and maps failures: no answer, 429 and 502-504 become <see cref="SearchUnavailableException"/>
    /// (the caller reports SEARCH_UNAVAILABLE); other errors become <see cref="SearchBackendException"/>.
    /// </summary>
    private async Task<StringResponse> SendAsync(
        HttpMethod method,
        string path,
        PostData? body,
        CancellationToken cancellationToken,
        bool allowNotFound = false,
        IRequestConfiguration? configuration = null)
    {
        StringResponse response;
        try
        {
            response = configuration is null
                ? await _client.Transport.RequestAsync<StringResponse>(method, path, body, cancellationToken)
                : await _client.Transport.RequestAsync<StringResponse>(method, path, body, configuration, cancellationToken);
        }
        catch (TransportException e)
        {
            throw new SearchUnavailableException($"Elasticsearch could not be reached: {e.Message}", e);
        }

        var status = response.ApiCallDetails.HttpStatusCode;
        if (response.ApiCallDetails.HasSuccessfulStatusCode || (allowNotFound && status == 404))
        {
            return response;
        }

        // No status (null, or 0 from some invokers) means no HTTP answer at all: connection refused, DNS, TLS, timeout.
        if (status is null or 0 or 429 or 502 or 503 or 504)
        {
            throw new SearchUnavailableException(
                $"Elasticsearch is unavailable ({(status is null or 0 ? "no response" : "HTTP " + status)}) for {method} {path}.",
                response.ApiCallDetails.OriginalException);
        }

        throw new SearchBackendException($"Elasticsearch returned HTTP {status} for {method} {path}: {ErrorReason(response.Body)}");
    }

    private static string ErrorReason(string? body)
    {
        try
        {
            // The root cause names the actual problem; the top-level reason is often just "all shards failed".
            using var json = JsonDocument.Parse(body ?? "");
            if (!json.RootElement.TryGetProperty("error", out var error) || error.ValueKind != JsonValueKind.Object)
            {
                return "unknown error";
            }

            var cause = error.TryGetProperty("root_cause", out var causes) && causes.GetArrayLength() > 0 ? causes[0] : error;
            return cause.TryGetProperty("reason", out var reason) ? reason.GetString() ?? "unknown error" : "unknown error";
        }
        catch (JsonException)
        {
            return "unreadable error response";
        }
    }
}
