using CareDirectory.Search.Lucene;
using Lucene.Net.Search;

namespace CareDirectory.Search.Tests.Lucene;

/// <summary>
/// The any-word fallback's two shapes (#17) rank as the query they replace, the all-words and any-word queries side by
/// side: without the all-words query when it matches nothing (<see cref="SearchMatching.AnyWordAlone"/>), and with the
/// any-word query's clauses beside it rather than nested (<see cref="SearchMatching.AnyWord"/>).
/// </summary>
public sealed class LuceneAnyWordFallbackTests
{
    [Theory]
    [InlineData("famly counselling", 0)]
    [InlineData("respite for grandparents", 0)]
    [InlineData("parent support group", 1)]
    [InlineData("crisis help for teens", 1)]
    [InlineData("mobil respons", 1)]
    public void TheFallbackRanksAsTheAllWordsAndAnyWordQueriesSideBySide(string text, int minimumAllWordsHits)
    {
        FixtureIndexGeneration.Search((analysis, searcher) =>
        {
            var builder = new LuceneQueryBuilder(analysis);
            var allWords = builder.Text(text, SearchMatching.AllWords).Match;
            var allWordsHits = searcher.Search(allWords, 1).TotalHits;
            Assert.True(allWordsHits >= minimumAllWordsHits && (minimumAllWordsHits > 0 || allWordsHits == 0), $"{allWordsHits} all-words hits");

            var sideBySide = new BooleanQuery { { allWords, Occur.SHOULD }, { builder.Text(text, SearchMatching.AnyWordAlone).Match, Occur.SHOULD } };
            var fallback = builder.Text(text, SearchFields.AnyWordAfter(allWordsHits)).Match;

            var expected = searcher.Search(sideBySide, 100).ScoreDocs;
            var actual = searcher.Search(fallback, 100).ScoreDocs;
            Assert.NotEmpty(expected);
            Assert.Equal(expected.Select(h => h.Doc), actual.Select(h => h.Doc));
            Assert.All(expected.Zip(actual), pair => Assert.Equal(pair.First.Score, pair.Second.Score, 1e-4f));
        });
    }
}
