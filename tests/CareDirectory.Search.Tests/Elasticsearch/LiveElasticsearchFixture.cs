using CareDirectory.Search.Elasticsearch;
using CareDirectory.Search.Tests.Contract;
using Elastic.Clients.Elasticsearch;
using Elastic.Transport;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace CareDirectory.Search.Tests.Elasticsearch;

/// <summary>
/// A live cluster from ELASTICSEARCH_URL (plus optional ELASTICSEARCH_API_KEY, or ELASTICSEARCH_USERNAME and
/// ELASTICSEARCH_PASSWORD, and ELASTICSEARCH_FINGERPRINT). Each index gets its own alias, removed afterwards.
/// Does nothing when the variable is missing: the tests are then reported as skipped.
/// </summary>
public sealed class LiveElasticsearchFixture : ISearchIndexFixture, IAsyncLifetime
{
    private readonly string _prefix = "cd-test-" + Guid.NewGuid().ToString("N")[..8];
    private readonly List<(ElasticsearchSearchIndex Index, ElasticsearchClient Client, string Alias)> _indexes = [];
    private ISearchIndex? _index;

    public static string? Url => Environment.GetEnvironmentVariable("ELASTICSEARCH_URL");

    public ISearchIndex Index => _index ?? throw new InvalidOperationException("ELASTICSEARCH_URL is not set.");

    public async Task InitializeAsync()
    {
        if (!string.IsNullOrWhiteSpace(Url))
        {
            _index = await CreateIndexAsync();
            await _index.UpsertAsync(DirectoryFixture.Documents);
        }
    }

    public Task<ISearchIndex> CreateIndexAsync()
    {
        var options = new ElasticsearchSearchOptions
        {
            Url = Url!,
            ApiKey = Environment.GetEnvironmentVariable("ELASTICSEARCH_API_KEY"),
            Username = Environment.GetEnvironmentVariable("ELASTICSEARCH_USERNAME"),
            Password = Environment.GetEnvironmentVariable("ELASTICSEARCH_PASSWORD"),
            CertificateFingerprint = Environment.GetEnvironmentVariable("ELASTICSEARCH_FINGERPRINT"),
            IndexAlias = $"{_prefix}-{_indexes.Count}",
        };
        var client = ElasticsearchClientFactory.CreateClient(options);
        var index = new ElasticsearchSearchIndex(client, options);
        _indexes.Add((index, client, options.IndexAlias));
        return Task.FromResult<ISearchIndex>(index);
    }

    public async Task DisposeAsync()
    {
        foreach (var (index, client, alias) in _indexes)
        {
            // Wildcard deletes are refused by default (action.destructive_requires_name), so delete by name.
            var response = await client.Transport.RequestAsync<StringResponse>(HttpMethod.GET, "/_alias/" + alias, CancellationToken.None);
            if (response.ApiCallDetails.HasSuccessfulStatusCode)
            {
                using var json = System.Text.Json.JsonDocument.Parse(response.Body);
                foreach (var name in json.RootElement.EnumerateObject().Select(p => p.Name))
                {
                    await client.Transport.RequestAsync<StringResponse>(HttpMethod.DELETE, "/" + name, CancellationToken.None);
                }
            }

            index.Dispose();
        }
    }
}
