using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CareDirectory.Search.Lucene;

/// <summary>
/// The second pass of <see cref="SearchRescoreWindow"/>: the rescore query (<see cref="LuceneTextQuery.Rescore"/>)
/// scored over the window's hits only and added to their first pass's score (Elasticsearch's <c>rescore</c> with
/// <c>score_mode: total</c>). What Lucene's <c>QueryRescorer</c> does, written out because Lucene.Net 4.8's fails on a
/// segment the query does not match at all (a null scorer: "famly counselling", whose misspelt word no record has) and
/// on no hits.
/// </summary>
internal sealed class LuceneWindowRescorer(Query rescore)
{
    /// <summary>Each window hit's rescored score by document number (the query's weight over the whole index).</summary>
    public Dictionary<int, float> Scores(IndexSearcher searcher, TopDocs window)
    {
        var scores = window.ScoreDocs.ToDictionary(hit => hit.Doc, hit => hit.Score);
        if (scores.Count == 0)
        {
            return scores;
        }

        var weight = searcher.CreateNormalizedWeight(rescore);
        var leaves = searcher.IndexReader.Leaves;
        var bySegment = scores.Keys.Order().GroupBy(doc => ReaderUtil.SubIndex(doc, leaves))
            .ToDictionary(segment => segment.Key, segment => segment.Select(doc => doc - leaves[segment.Key].DocBase).ToArray());

        // Scored over postings that hold the window's documents alone (LuceneWindowReader), with the searcher's weight.
        using var windowReader = LuceneWindowReader.Open(searcher.IndexReader, bySegment);
        foreach (var (segment, documents) in bySegment)
        {
            var leaf = leaves[segment];
            var scorer = weight.GetScorer(windowReader.Leaves[segment], leaf.AtomicReader.LiveDocs);
            if (scorer is null)
            {
                continue;
            }

            foreach (var target in documents)
            {
                if (scorer.DocID < target)
                {
                    scorer.Advance(target);
                }

                if (scorer.DocID == target)
                {
                    scores[leaf.DocBase + target] += scorer.GetScore();
                }
            }
        }

        return scores;
    }

    /// <summary>The <paramref name="size"/> best of the window by rescored score, then document number.</summary>
    public TopDocs Top(IndexSearcher searcher, TopDocs window, int size)
    {
        var scores = Scores(searcher, window);
        ScoreDoc[] hits = [.. scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key).Take(size).Select(s => new ScoreDoc(s.Key, s.Value))];
        return new TopDocs(window.TotalHits, hits, hits.Length == 0 ? float.NaN : hits[0].Score);
    }
}
