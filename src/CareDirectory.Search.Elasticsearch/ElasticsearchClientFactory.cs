using Elastic.Clients.Elasticsearch;
using Elastic.Transport;

namespace CareDirectory.Search.Elasticsearch;

/// <summary>Builds the official client from <see cref="ElasticsearchSearchOptions"/>.</summary>
public static class ElasticsearchClientFactory
{
    /// <summary>Client settings for the options; pass <paramref name="requestInvoker"/> to replace HTTP (tests).</summary>
    public static ElasticsearchClientSettings CreateSettings(ElasticsearchSearchOptions options, IRequestInvoker? requestInvoker = null)
    {
        var pool = new SingleNodePool(new Uri(options.Url));
        var settings = requestInvoker is null ? new ElasticsearchClientSettings(pool) : new ElasticsearchClientSettings(pool, requestInvoker);
        settings.RequestTimeout(options.RequestTimeout);
        if (!string.IsNullOrEmpty(options.ApiKey))
        {
            settings.Authentication(new ApiKey(options.ApiKey));
        }
        else if (!string.IsNullOrEmpty(options.Username))
        {
            settings.Authentication(new BasicAuthentication(options.Username, options.Password ?? ""));
        }

        if (!string.IsNullOrEmpty(options.CertificateFingerprint))
        {
            settings.CertificateFingerprint(options.CertificateFingerprint);
        }

        return settings;
    }

    public static ElasticsearchClient CreateClient(ElasticsearchSearchOptions options) => new(CreateSettings(options));
}
