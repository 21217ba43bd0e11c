using CareDirectory.Search.Lucene;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace CareDirectory.Search.Tests.Lucene;

/// <summary>
/// The index records the field layout it was written with, so a server with another layout knows to rebuild it.
/// </summary>
public sealed class LuceneLayoutVersionTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "caredirectory-layout-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task ANewIndexHasTheCurrentLayoutAndKeepsItThroughWritesAndReopening()
    {
        using (var index = new LuceneSearchIndex(new LuceneSearchOptions { Path = _path }))
        {
            Assert.Equal(SearchLayout.Version, (await index.HealthAsync()).LayoutVersion);
            await index.UpsertAsync(DirectoryFixture.Documents);
        }

        using var reopened = new LuceneSearchIndex(new LuceneSearchOptions { Path = _path });
        var health = await reopened.HealthAsync();

        Assert.Equal(SearchLayout.Version, health.LayoutVersion);
        Assert.False(health.LayoutOutdated);
    }

    [Fact]
    public async Task AnIndexWrittenWithoutALayoutIsOutdatedUntilRebuilt()
    {
        WriteIndexOfAnEarlierBuild(Path.Combine(_path, "gen-0"));
        using var index = new LuceneSearchIndex(new LuceneSearchOptions { Path = _path });

        var before = await index.HealthAsync();
        await index.UpsertAsync([DirectoryFixture.Documents[0]]);
        var afterWrite = await index.HealthAsync();
        await index.RebuildAsync(DirectoryFixture.Stream(DirectoryFixture.Documents));
        var afterRebuild = await index.HealthAsync();

        Assert.Equal((SearchLayout.Unrecorded, true), (before.LayoutVersion, before.LayoutOutdated));
        Assert.True(afterWrite.LayoutOutdated, "an incremental write does not make an old index current");
        Assert.Equal((SearchLayout.Version, false), (afterRebuild.LayoutVersion, afterRebuild.LayoutOutdated));
    }

    /// <summary>An index as builds before layout versions left it: documents and no commit data.</summary>
    private static void WriteIndexOfAnEarlierBuild(string path)
    {
        using var directory = FSDirectory.Open(path);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)));
        writer.AddDocument([new StringField(SearchFields.Id, "old-document", Field.Store.YES)]);
        writer.Commit();
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_path))
        {
            System.IO.Directory.Delete(_path, recursive: true);
        }
    }
}
