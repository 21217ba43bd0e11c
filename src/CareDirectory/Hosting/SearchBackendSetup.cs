using CareDirectory.Search;
using CareDirectory.Search.Elasticsearch;
using CareDirectory.Search.Lucene;

namespace CareDirectory.Hosting;

/// <summary>The one place the search backend is chosen. It lives here because only this project sees both backends.</summary>
public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ISearchIndex"/> from configuration: <c>Search:Provider</c> = <c>Lucene</c> (default,
    /// with <c>Search:Lucene:Path</c>) or <c>Elasticsearch</c> (with <c>Search:Elasticsearch:Url</c>, <c>ApiKey</c>
    /// or <c>Username</c>/<c>Password</c>, <c>CertificateFingerprint</c>, <c>IndexAlias</c>), plus a <c>search</c>
    /// health check tagged <c>ready</c>. Options are validated at start-up.
    /// </summary>
    public static IServiceCollection AddCareDirectorySearch(this IServiceCollection services, IConfiguration configuration)
    {
        var search = configuration.GetSection("Search");
        var provider = search["Provider"] is { Length: > 0 } name
            ? Enum.TryParse<SearchProvider>(name, ignoreCase: true, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"Search:Provider '{name}' is not one of {string.Join(", ", Enum.GetNames<SearchProvider>())}.")
            : SearchProvider.Lucene;

        _ = provider == SearchProvider.Elasticsearch
            ? services.AddElasticsearchSearchIndex(search.GetSection("Elasticsearch"))
            : services.AddLuceneSearchIndex(search.GetSection("Lucene"));
        services.AddHealthChecks().AddCheck<SearchHealthCheck>("search", tags: ["ready"]);
        return services;
    }
}
