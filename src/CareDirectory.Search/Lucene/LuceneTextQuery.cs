using Lucene.Net.Search;

namespace CareDirectory.Search.Lucene;

/// <summary>
/// A search's words as Lucene runs them: <see cref="Match"/> decides which records match and scores them;
/// <see cref="Proximity"/> (the words close together, null for one word) only adds to the score of records that
/// match. Kept apart so the proximity clause, the costliest to evaluate, is scored only over the best hits of the match
/// query (<see cref="SearchRescoreWindow"/>, <see cref="LuceneProximityRescorer"/>).
/// </summary>
internal sealed record LuceneTextQuery(Query Match, DisjunctionMaxQuery? Proximity)
{
    /// <summary>Both queries as one, for what needs the whole query's terms (the highlighter).</summary>
    public Query Whole(Query rewrittenMatch) => Proximity is null
        ? rewrittenMatch
        : new BooleanQuery { { rewrittenMatch, Occur.SHOULD }, { Proximity, Occur.SHOULD } };
}
