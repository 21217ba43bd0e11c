using CareDirectory.Search.Lucene;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

using static CareDirectory.Search.Tests.Lucene.ScoredQueries;

namespace CareDirectory.Search.Tests.Lucene;

/// <summary>A fuzzy word's expansion is computed once per index reader and reused (#17).</summary>
public sealed class LuceneCachedFuzzyQueryTests
{
    [Theory]
    [InlineData("text")]
    [InlineData("title")]
    public void ARepeatedSearchScoresExactlyAsAnUncachedFuzzyQuery(string field)
    {
        using var directory = new RAMDirectory();
        Write(directory, "family", "famely", "familia", "similar", "famly");
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };

        // Each field's expansion uses the word's automata compiled for the other field (and the other test).
        var expected = Scores(searcher, Boosted(new FuzzyQuery(new Term(field, "famly"), 2, 0, 50, true) { Boost = 3 }));
        Assert.Equal(3, expected.Count); // famly, family, famely: "familia" and "similar" are 3 edits away
        for (var i = 0; i < 3; i++)
        {
            // An enclosing one-clause BooleanQuery with a boost sets the boost of what its clause rewrites to: a shared
            // cached expansion would compound it search after search.
            Assert.Equal(expected, Scores(searcher, Boosted(Cached(field, "famly", boost: 3))));
        }
    }

    [Fact]
    public void AReaderOpenedAfterAWriteExpandsToTheNewWords()
    {
        using var directory = new RAMDirectory();
        Write(directory, "family");
        using (var before = DirectoryReader.Open(directory))
        {
            Assert.Equal(1, new IndexSearcher(before).Search(Cached("text", "famly"), 10).TotalHits);
        }

        Write(directory, "famely");
        using var after = DirectoryReader.Open(directory);
        Assert.Equal(2, new IndexSearcher(after).Search(Cached("text", "famly"), 10).TotalHits);
    }

    private static LuceneCachedFuzzyQuery Cached(string field, string word, float boost = 1) => new(new Term(field, word), 2, 50, boost);

    private static void Write(RAMDirectory directory, params string[] words)
    {
        var config = new IndexWriterConfig(LuceneAnalysis.Version, new WhitespaceAnalyzer(LuceneAnalysis.Version)) { Similarity = new BM25Similarity() };
        using var writer = new IndexWriter(directory, config);
        foreach (var word in words)
        {
            writer.AddDocument([new TextField("text", word, Field.Store.NO), new TextField("title", word + " " + word, Field.Store.NO)]);
        }
    }
}
