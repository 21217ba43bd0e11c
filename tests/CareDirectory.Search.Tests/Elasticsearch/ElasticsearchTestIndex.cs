using CareDirectory.Search.Elasticsearch;
using Elastic.Clients.Elasticsearch;

namespace CareDirectory.Search.Tests.Elasticsearch;

/// <summary>An <see cref="ElasticsearchSearchIndex"/> over the real client with HTTP replaced by canned responses.</summary>
public static class ElasticsearchTestIndex
{
    public const string Alias = "caredirectory";

    public static (ElasticsearchSearchIndex Index, RecordingRequestInvoker Invoker) Create(Func<RecordedRequest, CannedResponse> respond, int bulkSize = 500)
    {
        var invoker = new RecordingRequestInvoker(respond);
        var options = new ElasticsearchSearchOptions { Url = "http://localhost:9200", IndexAlias = Alias, BulkSize = bulkSize };
        var client = new ElasticsearchClient(ElasticsearchClientFactory.CreateSettings(options, invoker));
        return (new ElasticsearchSearchIndex(client, options), invoker);
    }

    /// <summary>
    /// Answers like a cluster where the alias already exists, with <paramref name="search"/> for _search and
    /// <paramref name="rescore"/> (no hits unless given: the phrase clause matched none) for the second pass over the
    /// rescore window, the one search filtered by <c>ids</c>.
    /// </summary>
    public static Func<RecordedRequest, CannedResponse> ExistingAlias(CannedResponse search, CannedResponse? rescore = null) => request => request switch
    {
        { Method: "HEAD" } => CannedResponse.Ok(""),
        { Path: "/caredirectory/_search" } when IsRescore(request) => rescore ?? CannedResponse.Ok(ElasticsearchResponses.EmptySearch),
        { Path: "/caredirectory/_search" } => search,
        { Path: "/caredirectory/_bulk" } => new CannedResponse(200, """{"errors":false,"took":3,"items":[]}""", "application/json"),
        _ => throw new InvalidOperationException($"Unexpected request {request.Method} {request.PathAndQuery}"),
    };

    /// <summary>The second pass of a text search: its only filter is the window's <c>ids</c>.</summary>
    public static bool IsRescore(RecordedRequest request) => request.Body?.Contains("\"ids\":", StringComparison.Ordinal) == true;
}
