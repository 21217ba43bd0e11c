namespace CareDirectory.Search.Tests.Elasticsearch;

/// <summary>What the stand-in cluster answers; status 0 with an exception means no HTTP answer at all.</summary>
public sealed record CannedResponse(int StatusCode, string Body, string ContentType = CannedResponse.Json, Exception? Exception = null)
{
    public const string Json = "application/vnd.elasticsearch+json;compatible-with=9";

    public static CannedResponse Ok(string body) => new(200, body);

    public static CannedResponse Acknowledged { get; } = new(200, """{"acknowledged":true}""");

    public static CannedResponse NotFound { get; } = new(404, "");
}
