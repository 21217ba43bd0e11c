using CareDirectory.Data;
using CareDirectory.Search.Lucene;

namespace CareDirectory.SearchSync;

public static class SearchSyncServiceCollectionExtensions
{
    /// <summary>
    /// What the application adds to the search library's <c>AddCareDirectorySearch</c>: the Lucene index under
    /// the data directory unless <c>Search:Lucene:Path</c> says otherwise, the document builder, the change-log
    /// sync, its background worker (<c>Search:Sync</c>) and the readiness check that waits for the first build.
    /// </summary>
    public static IServiceCollection AddDirectorySearchSync(this IServiceCollection services)
    {
        services.AddOptions<LuceneSearchOptions>().PostConfigure<DataDirectory>((o, data) => o.Path ??= data.File("search"));
        services.AddOptions<SearchSyncOptions>().BindConfiguration(SearchSyncOptions.Section)
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.InitialRetryDelay > TimeSpan.Zero && o.MaxRetryDelay >= o.InitialRetryDelay,
                "Search:Sync intervals must be positive and MaxRetryDelay at least InitialRetryDelay.")
            .Validate(o => o.BatchSize > 0, "Search:Sync:BatchSize must be positive.")
            .ValidateOnStart();
        services.AddSingleton<SearchDocumentBuilder>();
        services.AddSingleton<SearchIndexIdentity>();
        services.AddSingleton<SearchIndexSync>();
        services.AddSingleton<SearchWriterLock>();
        services.AddSingleton<SearchIndexBuildStatus>();
        services.AddHealthChecks().AddCheck<SearchIndexBuildCheck>("searchIndexBuild", tags: ["ready"]);
        services.AddHostedService<SearchIndexWorker>();
        return services;
    }
}
