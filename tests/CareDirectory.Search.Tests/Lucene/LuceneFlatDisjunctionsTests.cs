using CareDirectory.Search.Lucene;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CareDirectory.Search.Tests.Lucene;

/// <summary>
/// The first pass runs with its optional disjunctions flat (<see cref="LuceneFlatDisjunctions"/>, #17): Lucene.Net's
/// bucket scorer nested in another is several times slower. Flat, the same records must match with the same scores.
/// </summary>
public sealed class LuceneFlatDisjunctionsTests
{
    private static TermQuery Term(string text, float boost = 1f) => new(new Term("f", text)) { Boost = boost };

    [Fact]
    public void AnOptionalDisjunctionIsLiftedWithItsBoostMultipliedIntoItsClauses()
    {
        var inner = new BooleanQuery { { Term("a", 2f), Occur.SHOULD }, { Term("b"), Occur.SHOULD } };
        inner.Boost = 3f;
        var query = new BooleanQuery { { inner, Occur.SHOULD }, { Term("c"), Occur.SHOULD } };
        query.Boost = 0.5f;

        var flat = Assert.IsType<BooleanQuery>(LuceneFlatDisjunctions.Flatten(query));

        Assert.Equal(0.5f, flat.Boost);
        Assert.Equal(["f:a^6.0", "f:b^3.0", "f:c"], flat.Clauses.Select(c => c.Query.ToString()));
        Assert.All(flat.Clauses, c => Assert.Equal(Occur.SHOULD, c.Occur));

        // The query it was given is left as it was (a cached expansion may be shared).
        Assert.Equal(2f, ((BooleanQuery)query.Clauses[0].Query).Clauses[0].Query.Boost);
    }

    [Fact]
    public void DisjunctionsLiftedAtEveryDepth()
    {
        var deepest = new BooleanQuery { { Term("a"), Occur.SHOULD }, { Term("b"), Occur.SHOULD } };
        var middle = new BooleanQuery { { deepest, Occur.SHOULD }, { Term("c"), Occur.SHOULD } };
        var query = new BooleanQuery { { middle, Occur.SHOULD } };

        Assert.Equal("f:a f:b f:c", LuceneFlatDisjunctions.Flatten(query).ToString());
    }

    [Fact]
    public void ADisjunctionThatMustMatchOrHasAMinimumOrIsHeldByOneWithAMinimumKeepsItsShape()
    {
        var required = new BooleanQuery { { Term("a"), Occur.SHOULD }, { Term("b"), Occur.SHOULD } };
        var minimum = new BooleanQuery { { Term("c"), Occur.SHOULD }, { Term("d"), Occur.SHOULD } };
        minimum.MinimumNumberShouldMatch = 2;
        var withRequired = new BooleanQuery { { Term("e"), Occur.MUST }, { Term("g"), Occur.SHOULD } };
        var query = new BooleanQuery { { required, Occur.MUST }, { minimum, Occur.SHOULD }, { withRequired, Occur.SHOULD } };
        Assert.Equal(query.ToString(), LuceneFlatDisjunctions.Flatten(query).ToString());

        var heldByMinimum = new BooleanQuery { { new BooleanQuery { { Term("a"), Occur.SHOULD } }, Occur.SHOULD }, { Term("b"), Occur.SHOULD } };
        heldByMinimum.MinimumNumberShouldMatch = 2;
        Assert.Equal(heldByMinimum.ToString(), LuceneFlatDisjunctions.Flatten(heldByMinimum).ToString());
    }

    [Theory]
    [InlineData("family support", nameof(SearchMatching.AllWords))]
    [InlineData("mobile response", nameof(SearchMatching.AllWords))]
    [InlineData("perform care", nameof(SearchMatching.AllWords))]
    [InlineData("who do I call at night", nameof(SearchMatching.AnyWord))]
    [InlineData("my son is 19 can he still get help", nameof(SearchMatching.AnyWord))]
    [InlineData("apoyo para padres", nameof(SearchMatching.AnyWordAlone))]
    [InlineData("crisis help", nameof(SearchMatching.AnyWord))]
    public void TheFlatFirstPassMatchesTheSameRecordsWithTheSameScores(string text, string matchingName)
    {
        var matching = Enum.Parse<SearchMatching>(matchingName);
        FixtureIndexGeneration.Search((analysis, searcher) =>
        {
            var query = new LuceneQueryBuilder(analysis).Text(text, matching);
            var nested = searcher.Rewrite(query.Match);
            var flat = query.RewrittenMatch(searcher);
            Assert.NotEqual(nested.ToString(), flat.ToString());

            var expected = searcher.Search(nested, searcher.IndexReader.MaxDoc).ScoreDocs.ToDictionary(hit => hit.Doc, hit => hit.Score);
            var actual = searcher.Search(flat, searcher.IndexReader.MaxDoc).ScoreDocs.ToDictionary(hit => hit.Doc, hit => hit.Score);

            Assert.NotEmpty(expected);
            Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
            foreach (var (doc, score) in expected)
            {
                Assert.Equal(score, actual[doc], score * 1e-5f);
            }
        });
    }
}
