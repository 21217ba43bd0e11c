using Lucene.Net.Search;

namespace CareDirectory.Search.Tests.Lucene;

/// <summary>What the per-reader caching queries' tests compare: a query's hits and scores, and the query in a boosted clause.</summary>
internal static class ScoredQueries
{
    /// <summary>
    /// <paramref name="clause"/> as the one clause of a boosted BooleanQuery, which sets the boost of what its clause
    /// rewrites to: a cached rewrite shared between searches must not compound it.
    /// </summary>
    public static BooleanQuery Boosted(Query clause) => new() { Clauses = { new BooleanClause(clause, Occur.SHOULD) }, Boost = 2f };

    public static List<(int Doc, float Score)> Scores(IndexSearcher searcher, Query query) =>
        [.. searcher.Search(query, 10).ScoreDocs.Select(d => (d.Doc, d.Score)).OrderBy(d => d.Doc)];
}
