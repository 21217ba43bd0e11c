using CareDirectory.Search.Lucene;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace CareDirectory.Search.Tests.Lucene;

/// <summary>A word of a <c>cross_fields</c> match is scored with its frequency blended over the fields (#17).</summary>
public sealed class LuceneBlendedTermQueryTests
{
    [Fact]
    public void AWordRareInNamesButCommonInDescriptionsCountsAsCommonInTheName()
    {
        using var directory = new RAMDirectory();
        var config = new IndexWriterConfig(LuceneAnalysis.Version, new WhitespaceAnalyzer(LuceneAnalysis.Version)) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(directory, config))
        {
            writer.AddDocument(Record("jewish child services", "counseling"));
            for (var i = 0; i < 5; i++)
            {
                writer.AddDocument(Record("program " + i, "assessment for every child"));
            }
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var title = new Term("title", "child");

        Assert.Contains("docFreq=1,", searcher.Explain(new TermQuery(title), 0).ToString(), StringComparison.Ordinal);
        Assert.Contains("docFreq=5,", searcher.Explain(new LuceneBlendedTermQuery(title, ["title", "description"]), 0).ToString(), StringComparison.Ordinal);
        Assert.True(searcher.Search(new LuceneBlendedTermQuery(title, ["title", "description"]), 10).TotalHits == 1, "blending changes the score, not what matches");
    }

    private static Document Record(string title, string description) =>
        [new TextField("title", title, Field.Store.NO), new TextField("description", description, Field.Store.NO)];
}
