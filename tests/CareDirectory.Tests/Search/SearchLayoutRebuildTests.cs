using CareDirectory.Search;
using CareDirectory.Search.Lucene;
using CareDirectory.Tests.Infrastructure;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace CareDirectory.Tests.Search;

/// <summary>
/// After an upgrade that changes the index's fields, the server rebuilds an index written with the earlier layout
/// on start, instead of serving it without the new fields.
/// </summary>
public sealed class SearchLayoutRebuildTests
{
    [Fact]
    public async Task AServerRebuildsAnIndexOfAnEarlierLayoutOnStart()
    {
        using var data = new TempFolder();
        Assert.Equal(0, (await CliRunner.RunAsync("seed", "--data-dir", data.Path, "--path", RepositoryPaths.SeedData)).ExitCode);
        Assert.Equal(0, (await CliRunner.RunAsync("reindex", "--data-dir", data.Path)).ExitCode);

        // What an earlier build left: an index with the checkpoint in the database but without a recorded layout.
        System.IO.Directory.Delete(data.File("search"), recursive: true);
        WriteIndexOfAnEarlierBuild(Path.Combine(data.File("search"), "gen-0"));

        using (var app = new DirectoryAppFactory().With("data-dir", data.Path))
        {
            await new SearchClient(new GraphQLClient(app.CreateClient())).IndexedAsync();
        }

        using var index = new LuceneSearchIndex(new LuceneSearchOptions { Path = data.File("search") });
        var health = await index.HealthAsync();
        Assert.Equal(SearchLayout.Version, health.LayoutVersion);
        Assert.Empty((await index.SearchAsync(new SearchRequest { Query = "obsolete" })).Hits);
        Assert.NotEmpty((await index.SearchAsync(new SearchRequest { Query = "crisis" })).Hits);
    }

    private static void WriteIndexOfAnEarlierBuild(string path)
    {
        using var directory = FSDirectory.Open(path);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)));
        writer.AddDocument([new StringField("id", "obsolete", Field.Store.YES), new TextField("title", "obsolete", Field.Store.YES)]);
        writer.Commit();
    }
}
