using CareDirectory.Search.Lucene;
using Lucene.Net.Search;

namespace CareDirectory.Search.Tests.Lucene;

/// <summary>
/// An in-memory index generation holding the synthetic fixture's documents, committed and refreshed so a searcher
/// acquired from it sees them all: for tests that compare query shapes on one Lucene searcher directly.
/// </summary>
internal static class FixtureIndexGeneration
{
    public static LuceneIndexGeneration Open(LuceneAnalysis analysis)
    {
        var generation = LuceneIndexGeneration.Open(null, analysis);
        generation.Writer.AddDocuments(DirectoryFixture.Documents.Select(d => LuceneDocumentMapper.ToLucene(d)));
        generation.Writer.Commit();
        generation.Manager.MaybeRefreshBlocking();
        return generation;
    }

    /// <summary>Runs <paramref name="test"/> with the analysis and a searcher over the fixture's documents.</summary>
    public static void Search(Action<LuceneAnalysis, IndexSearcher> test)
    {
        using var analysis = new LuceneAnalysis();
        using var generation = Open(analysis);
        var searcher = generation.Manager.Acquire();
        try
        {
            test(analysis, searcher);
        }
        finally
        {
            generation.Manager.Release(searcher);
        }
    }
}
