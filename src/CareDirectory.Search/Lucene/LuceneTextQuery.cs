using Lucene.Net.Search;

namespace CareDirectory.Search.Lucene;

/// <summary>
/// A search's words as Lucene runs them, in two passes (<see cref="SearchRescoreWindow"/>). <see cref="Match"/> decides
/// which records match, counts them and orders them: the words on every English field as one
/// (<see cref="SearchFields.EnglishAll"/>), and Spanish. <see cref="Rescore"/>, the words on each field with its boost
/// and the words close together, is added to the score of the best hits of the first pass only: the costliest part of
/// a search, scored on a window of hits instead of every match (#17). Null for a browse (no words).
/// </summary>
internal sealed record LuceneTextQuery(Query Match, Query? Rescore)
{
    /// <summary>
    /// <see cref="Match"/> as every search runs it: rewritten against <paramref name="searcher"/>'s index (fuzzy
    /// words become the terms they matched) and its disjunctions flat (<see cref="LuceneFlatDisjunctions"/>).
    /// </summary>
    public Query RewrittenMatch(IndexSearcher searcher) => LuceneFlatDisjunctions.Flatten(searcher.Rewrite(Match));
}
