using CareDirectory.Search.Lucene;

namespace CareDirectory.Search.Tests.Lucene;

/// <summary>
/// The second pass scores a window's hits over postings restricted to them (<see cref="LuceneWindowReader"/>, #17):
/// each hit's score must be its first pass's plus exactly what the rescore query scores it on the whole index, and a
/// hit the rescore query does not match keeps its first pass's score.
/// </summary>
public sealed class LuceneWindowRescorerTests
{
    [Theory]
    [InlineData("family support", 3)]
    [InlineData("famly counselling", 4)]
    [InlineData("mobile response", 2)]
    [InlineData("my son is 19 can he still get help", 5)]
    [InlineData("apoyo para padres", 3)]
    [InlineData("crisis", 50)]
    public void AWindowHitScoresItsFirstPassPlusTheRescoreQueryOnTheWholeIndex(string text, int windowSize)
    {
        FixtureIndexGeneration.Search((analysis, searcher) =>
        {
            var query = new LuceneQueryBuilder(analysis).Text(text, SearchMatching.AnyWordAlone);
            var window = searcher.Search(query.Match, windowSize);
            Assert.NotEmpty(window.ScoreDocs);
            var rescore = searcher.Rewrite(query.Rescore!);

            // The rescore query's own scores over every document, read the usual way (no window).
            var everywhere = searcher.Search(rescore, searcher.IndexReader.MaxDoc).ScoreDocs.ToDictionary(hit => hit.Doc, hit => hit.Score);
            var scores = new LuceneWindowRescorer(rescore).Scores(searcher, window);

            Assert.Equal(window.ScoreDocs.Select(hit => hit.Doc).Order(), scores.Keys.Order());
            foreach (var hit in window.ScoreDocs)
            {
                var expected = hit.Score + everywhere.GetValueOrDefault(hit.Doc);
                Assert.Equal(expected, scores[hit.Doc], expected * 1e-5f);
            }

            // Some window hits must have had the rescore query's score added, or the comparison proves nothing.
            Assert.Contains(window.ScoreDocs, hit => everywhere.ContainsKey(hit.Doc));
        });
    }

    [Fact]
    public void AnEmptyWindowScoresNothing()
    {
        FixtureIndexGeneration.Search((analysis, searcher) =>
        {
            var query = new LuceneQueryBuilder(analysis).Text("zzzz qqqq", SearchMatching.AllWords);
            var window = searcher.Search(query.Match, 50);

            Assert.Empty(new LuceneWindowRescorer(searcher.Rewrite(query.Rescore!)).Scores(searcher, window));
        });
    }
}
