namespace CareDirectory.Search.Tests.Elasticsearch;

/// <summary>One request as the backend sent it (body uncompressed).</summary>
public sealed record RecordedRequest(string Method, string PathAndQuery, string? ContentType, string? Body)
{
    public string Path => PathAndQuery.Split('?')[0];
}
