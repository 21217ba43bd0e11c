using CareDirectory.Search;
using CareDirectory.Search.Lucene;
using CareDirectory.Tests.Infrastructure;

namespace CareDirectory.Tests.Search;

/// <summary><c>reindex</c> run as a user runs it: a separate process over a seeded data directory.</summary>
public sealed class ReindexCommandTests
{
    [Fact]
    public async Task ReindexBuildsTheIndexFromTheDatabase()
    {
        using var data = new TempFolder();
        var seed = await CliRunner.RunAsync("seed", "--data-dir", data.Path, "--path", RepositoryPaths.SeedData);
        Assert.True(seed.ExitCode == 0, seed.Stderr);

        var reindex = await CliRunner.RunAsync("reindex", "--data-dir", data.Path);

        Assert.True(reindex.ExitCode == 0, reindex.Stderr);
        Assert.Matches(@"^Indexed 70 documents in [\d.]+ s \(\d+ documents/s\); search checkpoint at change \d+\.", reindex.Stdout);
        using var index = new LuceneSearchIndex(new LuceneSearchOptions { Path = data.File("search") });
        // Partners 8 + 36, programs 5, meetings 4 + 12, educator resources 5.
        Assert.Equal(70, (await index.HealthAsync()).DocumentCount);
        var results = await index.SearchAsync(new SearchRequest { Query = "crisis" });
        Assert.NotEmpty(results.Hits);
    }

    [Fact]
    public async Task ReindexRefusesAnEmbeddedIndexARunningServerWrites()
    {
        using var app = new DirectoryAppFactory();
        await new SearchClient(new GraphQLClient(app.CreateClient())).IndexedAsync();

        var reindex = await CliRunner.RunAsync("reindex", "--data-dir", app.DataDirectory);

        Assert.Equal(4, reindex.ExitCode);
        Assert.StartsWith("error: the search index is being written by a running server", reindex.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReindexOfAMissingDatabaseFailsWithOneLine()
    {
        using var data = new TempFolder();
        var reindex = await CliRunner.RunAsync("reindex", "--data-dir", data.Path);
        Assert.Equal(3, reindex.ExitCode);
        Assert.StartsWith("error: database:", reindex.Stderr, StringComparison.Ordinal);
    }
}
