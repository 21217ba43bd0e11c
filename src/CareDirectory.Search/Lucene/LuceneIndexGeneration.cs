using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using CareDirectory.Search.Lucene.Storage;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace CareDirectory.Search.Lucene;

/// <summary>
/// One physical index: its directory, the single writer and the searcher manager refreshed after writes.
/// A rebuild creates a new generation and swaps it in.
/// </summary>
internal sealed class LuceneIndexGeneration : IDisposable
{
    /// <summary>In-memory buffer while a rebuild loads: fewer, larger flushed segments, so far fewer merges.</summary>
    private const double BulkLoadRamBufferMB = 256;

    private LuceneIndexGeneration(LuceneDirectory directory, string? path, LuceneAnalysis analysis, bool bulkLoad)
    {
        Directory = directory;
        Path = path;
        var created = !DirectoryReader.IndexExists(directory);
        Writer = new IndexWriter(directory, new IndexWriterConfig(LuceneAnalysis.Version, analysis.PerField)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = new LuceneSimilarity(),
            RAMBufferSizeMB = bulkLoad ? BulkLoadRamBufferMB : IndexWriterConfig.DEFAULT_RAM_BUFFER_SIZE_MB,

            // Packing every flushed segment into a compound file copies it once more; merges re-pack small ones anyway.
            UseCompoundFile = !bulkLoad,
        });
        if (created)
        {
            // A new index has this build's layout; later commits keep the data, so an old index keeps its version.
            Writer.SetCommitData(new Dictionary<string, string> { [SearchLayout.Key] = SearchLayout.Version.ToString(CultureInfo.InvariantCulture) });
        }

        Manager = new SearcherManager(Writer, true, new Bm25SearcherFactory());
    }

    /// <summary>The <see cref="SearchLayout"/> version recorded with the index (<see cref="SearchLayout.Unrecorded"/> when none is).</summary>
    public int LayoutVersion =>
        Writer.CommitData.TryGetValue(SearchLayout.Key, out var value) && int.TryParse(value, CultureInfo.InvariantCulture, out var version)
            ? version
            : SearchLayout.Unrecorded;

    public LuceneDirectory Directory { get; }

    /// <summary>The generation's folder on disk, or null in memory.</summary>
    public string? Path { get; }

    public IndexWriter Writer { get; }

    public SearcherManager Manager { get; }

    public static LuceneIndexGeneration Open(string? path, LuceneAnalysis analysis) => Open(path, analysis, bulkLoad: false);

    /// <summary>A new, empty generation tuned for loading many documents; call <see cref="EndBulkLoad"/> when loaded.</summary>
    public static LuceneIndexGeneration OpenForBulkLoad(string? path, LuceneAnalysis analysis) => Open(path, analysis, bulkLoad: true);

    /// <summary>Back to the settings for small incremental writes, which this generation receives once it serves.</summary>
    public void EndBulkLoad()
    {
        Writer.Config.RAMBufferSizeMB = IndexWriterConfig.DEFAULT_RAM_BUFFER_SIZE_MB;
        Writer.Config.UseCompoundFile = IndexWriterConfig.DEFAULT_USE_COMPOUND_FILE_SYSTEM;
    }

    private static LuceneIndexGeneration Open(string? path, LuceneAnalysis analysis, bool bulkLoad) =>
        new(path is null ? new RAMDirectory() : new LuceneMappedDirectory(path), path, analysis, bulkLoad);

    public void Commit()
    {
        Writer.Commit();
        Manager.MaybeRefreshBlocking();
    }

    public void Dispose()
    {
        Manager.Dispose();
        Writer.Dispose();
        Directory.Dispose();
    }

    /// <summary>Searchers score with BM25 (<see cref="LuceneSimilarity"/>), the similarity the index was written with.</summary>
    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new LuceneSimilarity() };
    }
}
