using CareDirectory.Search.Lucene;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareDirectory.Search.Tests.Lucene;

/// <summary>Bad <c>Search:Lucene</c> settings fail at start with a message naming the setting.</summary>
public sealed class LuceneSearchOptionsTests
{
    [Fact]
    public void ANegativeConcurrentSearchThresholdIsRefusedNamingTheSetting()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Options(new() { ["Search:Lucene:Path"] = "data/search", ["Search:Lucene:ConcurrentSearchFromDocuments"] = "-1" }));

        Assert.Contains("Search:Lucene:ConcurrentSearchFromDocuments must be 0 or more.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheConcurrentSearchThresholdDefaultsToAHundredThousandDocuments() =>
        Assert.Equal(100_000, Options(new() { ["Search:Lucene:Path"] = "data/search" }).ConcurrentSearchFromDocuments);

    private static LuceneSearchOptions Options(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddLuceneSearchIndex(configuration.GetSection("Search:Lucene")).BuildServiceProvider();
        return services.GetRequiredService<IOptions<LuceneSearchOptions>>().Value;
    }
}
