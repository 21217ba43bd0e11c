using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace CareDirectory.Search.Lucene;

/// <summary>
/// One physical index: its directory, the single writer and the searcher manager refreshed after writes.
/// A rebuild creates a new generation and swaps it in.
/// </summary>
internal sealed class LuceneIndexGeneration : IDisposable
{
    private LuceneIndexGeneration(LuceneDirectory directory, string? path, LuceneAnalysis analysis)
    {
        Directory = directory;
        Path = path;
        Writer = new IndexWriter(directory, new IndexWriterConfig(LuceneAnalysis.Version, analysis.PerField)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = new BM25Similarity(),
        });
        Manager = new SearcherManager(Writer, true, new Bm25SearcherFactory());
    }

    public LuceneDirectory Directory { get; }

    /// <summary>The generation's folder on disk, or null in memory.</summary>
    public string? Path { get; }

    public IndexWriter Writer { get; }

    public SearcherManager Manager { get; }

    public static LuceneIndexGeneration Open(string? path, LuceneAnalysis analysis) =>
        new(path is null ? new RAMDirectory() : FSDirectory.Open(path), path, analysis);

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

    /// <summary>Searchers score with BM25, the similarity the index was written with.</summary>
    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
    }
}
