using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareDirectory.Search.Lucene;

public static class LuceneServiceCollectionExtensions
{
    /// <summary>Registers <see cref="LuceneSearchIndex"/> as the singleton <see cref="ISearchIndex"/>, bound to <paramref name="section"/>.</summary>
    public static IServiceCollection AddLuceneSearchIndex(this IServiceCollection services, IConfigurationSection section)
    {
        services.AddOptions<LuceneSearchOptions>()
            .Bind(section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Path), $"{section.Path}:Path must name the index directory.")
            .Validate(o => o.ConcurrentSearchFromDocuments >= 0, $"{section.Path}:ConcurrentSearchFromDocuments must be 0 or more.")
            .ValidateOnStart();
        services.AddSingleton<ISearchIndex>(sp => new LuceneSearchIndex(sp.GetRequiredService<IOptions<LuceneSearchOptions>>()));
        return services;
    }
}
