using CareDirectory.Hosting;
using CareDirectory.Search;
using CareDirectory.Search.Elasticsearch;
using CareDirectory.Search.Lucene;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareDirectory.Tests.Hosting;

public sealed class SearchBackendSetupTests
{
    [Fact]
    public async Task LuceneIsTheDefaultProviderAndReportsHealthy()
    {
        var path = Path.Combine(Path.GetTempPath(), "caredirectory-registration-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using (var services = Build(new() { ["Search:Lucene:Path"] = path }))
            {
                var index = services.GetRequiredService<ISearchIndex>();
                var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

                Assert.IsType<LuceneSearchIndex>(index);
                Assert.Equal(HealthStatus.Healthy, report.Entries["search"].Status);
                Assert.Contains("ready", report.Entries["search"].Tags);
            }

            Assert.NotEmpty(Directory.GetFiles(Path.Combine(path, "gen-0")));
        }
        finally
        {
            Directory.Delete(path, recursive: true);
        }
    }

    [Fact]
    public async Task ElasticsearchProviderBindsItsOptions()
    {
        await using var services = Build(new()
        {
            ["Search:Provider"] = "elasticsearch",
            ["Search:Elasticsearch:Url"] = "https://search.example.org:9200",
            ["Search:Elasticsearch:ApiKey"] = "a2V5OnNlY3JldA==",
            ["Search:Elasticsearch:CertificateFingerprint"] = "AB:CD",
            ["Search:Elasticsearch:IndexAlias"] = "directory",
        });

        var options = services.GetRequiredService<IOptions<ElasticsearchSearchOptions>>().Value;

        Assert.IsType<ElasticsearchSearchIndex>(services.GetRequiredService<ISearchIndex>());
        Assert.Equal(("https://search.example.org:9200", "directory"), (options.Url, options.IndexAlias));
    }

    [Fact]
    public async Task MissingSettingsFailValidation()
    {
        await using var lucene = Build([]);
        await using var elasticsearch = Build(new() { ["Search:Provider"] = "Elasticsearch" });

        Assert.Throws<OptionsValidationException>(() => lucene.GetRequiredService<IOptions<LuceneSearchOptions>>().Value);
        Assert.Throws<OptionsValidationException>(() => elasticsearch.GetRequiredService<IOptions<ElasticsearchSearchOptions>>().Value);
    }

    [Fact]
    public void UnknownProviderIsAConfigurationError()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(new() { ["Search:Provider"] = "Solr" }));

        Assert.Contains("Lucene, Elasticsearch", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging(b => b.ClearProviders()).AddCareDirectorySearch(configuration).BuildServiceProvider();
    }
}
