using CareDirectory.Search.Lucene;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

using static CareDirectory.Search.Tests.Lucene.ScoredQueries;

namespace CareDirectory.Search.Tests.Lucene;

/// <summary>A word is looked up in the term dictionary once per index reader and the lookup reused (#17).</summary>
public sealed class LuceneCachedTermQueryTests
{
    [Theory]
    [InlineData("family")]
    [InlineData("support")]
    [InlineData("absent")]
    public void ARepeatedSearchScoresExactlyAsATermQuery(string word)
    {
        using var directory = new RAMDirectory();
        Write(directory, "family support", "family", "support group support", "crisis");
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };

        var expected = Scores(searcher, Boosted(new TermQuery(new Term("text", word)) { Boost = 3 }));
        for (var i = 0; i < 3; i++)
        {
            // A boosted one-clause BooleanQuery sets the boost of what its clause rewrites to: it must not compound.
            Assert.Equal(expected, Scores(searcher, Boosted(new LuceneCachedTermQuery(new Term("text", word)) { Boost = 3 })));
        }

        Assert.Equal(word == "absent" ? 0 : 2, expected.Count);
    }

    [Fact]
    public void TheLookupIsMadeOncePerReaderAndAReaderOpenedAfterAWriteSeesTheNewDocuments()
    {
        using var directory = new RAMDirectory();
        Write(directory, "family");
        var term = new Term("text", "family");
        using (var before = DirectoryReader.Open(directory))
        {
            var first = LuceneTermContexts.For(before, term);
            Assert.Same(first, LuceneTermContexts.For(before, new Term("text", "family")));
            Assert.Equal(1, first.DocFreq);
            Assert.Equal(1, new IndexSearcher(before).Search(new LuceneCachedTermQuery(term), 10).TotalHits);
        }

        Write(directory, "family", "family support");
        using var after = DirectoryReader.Open(directory);
        Assert.Equal(3, LuceneTermContexts.For(after, term).DocFreq);
        Assert.Equal(3, new IndexSearcher(after).Search(new LuceneCachedTermQuery(term), 10).TotalHits);
    }

    private static void Write(RAMDirectory directory, params string[] texts)
    {
        var config = new IndexWriterConfig(LuceneAnalysis.Version, new WhitespaceAnalyzer(LuceneAnalysis.Version)) { Similarity = new BM25Similarity() };
        using var writer = new IndexWriter(directory, config);
        foreach (var text in texts)
        {
            writer.AddDocument([new TextField("text", text, Field.Store.NO)]);
        }
    }
}
