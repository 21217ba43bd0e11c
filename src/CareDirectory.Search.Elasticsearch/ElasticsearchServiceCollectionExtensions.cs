using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareDirectory.Search.Elasticsearch;

public static class ElasticsearchServiceCollectionExtensions
{
    /// <summary>Registers <see cref="ElasticsearchSearchIndex"/> as the singleton <see cref="ISearchIndex"/>, bound to <paramref name="section"/>.</summary>
    public static IServiceCollection AddElasticsearchSearchIndex(this IServiceCollection services, IConfigurationSection section)
    {
        services.AddOptions<ElasticsearchSearchOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ISearchIndex, ElasticsearchSearchIndex>();
        return services;
    }
}
