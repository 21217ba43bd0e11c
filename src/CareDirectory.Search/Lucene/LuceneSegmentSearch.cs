using System.Runtime.ExceptionServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CareDirectory.Search.Lucene;

/// <summary>
/// Runs one search over an index's segments, on several threads when the index is large (#17): a broad query at
/// national scale ("family support", 145k matches in 711k documents) spends its time scoring every match, and the
/// segments are independent, so slices of them are scored at once (what <see cref="IndexSearcher"/> does with an
/// executor, and Elasticsearch with concurrent segment search) and their pages, totals and facet counts merged. The
/// CPU a query takes is the same; the time a user waits is divided by up to the slices' count when cores are free.
/// </summary>
internal static class LuceneSegmentSearch
{
    /// <summary>
    /// The merged pages (global doc ids, the sort's fields filled), one per <paramref name="pages"/> entry, all read in
    /// the one pass over the matches, and the collector holding total and facets.
    /// </summary>
    public static (TopDocs[] Pages, LuceneSearchCollector Collector) Run(
        IndexSearcher searcher,
        Query rewritten,
        Query? filters,
        IReadOnlyList<(Sort Sort, int Size, Func<TopFieldCollector> Create)> pages,
        Func<ICollector, LuceneSearchCollector> newCollector,
        int concurrentFromDocuments)
    {
        var leaves = searcher.IndexReader.Leaves;
        var slices = Slices(leaves, searcher.IndexReader.MaxDoc >= concurrentFromDocuments ? Environment.ProcessorCount : 1);
        if (slices.Count <= 1)
        {
            var only = pages.Select(p => p.Create()).ToArray();
            var collector = newCollector(Page(only));
            searcher.Search(rewritten, filters is null ? null : new QueryWrapperFilter(filters), collector);
            return ([.. only.Select(p => p.GetTopDocs())], collector);
        }

        // What IndexSearcher.Search(query, filter, collector) does, with the weight shared by the slices: it holds the
        // whole index's term statistics, so every slice scores as one search would.
        var weight = searcher.CreateNormalizedWeight(filters is null ? rewritten : new FilteredQuery(rewritten, new QueryWrapperFilter(filters)));
        var slicePages = new TopFieldCollector[slices.Count][];
        var collectors = new LuceneSearchCollector[slices.Count];
        try
        {
            Parallel.For(0, slices.Count, i =>
            {
                slicePages[i] = [.. pages.Select(p => p.Create())];
                collectors[i] = newCollector(Page(slicePages[i]));
                Collect(slices[i], weight, collectors[i]);
            });
        }
        catch (AggregateException e)
        {
            // The error one thread would have thrown (a closed index's IOException, say), not a wrapper of it.
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }

        for (var i = 1; i < collectors.Length; i++)
        {
            collectors[0].Add(collectors[i]);
        }

        return ([.. pages.Select((p, j) => TopDocs.Merge(p.Sort, p.Size, [.. slicePages.Select(s => s[j].GetTopDocs())]))], collectors[0]);
    }

    private static ICollector Page(TopFieldCollector[] pages) => pages.Length == 1 ? pages[0] : MultiCollector.Wrap(pages);

    private static void Collect(IEnumerable<AtomicReaderContext> leaves, Weight weight, ICollector collector)
    {
        foreach (var leaf in leaves)
        {
            collector.SetNextReader(leaf);
            weight.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs)?.Score(collector);
        }
    }

    /// <summary>Segments dealt into at most <paramref name="count"/> slices of about equal documents, largest first.</summary>
    private static List<List<AtomicReaderContext>> Slices(IList<AtomicReaderContext> leaves, int count)
    {
        var slices = new List<AtomicReaderContext>[Math.Max(1, Math.Min(count, leaves.Count))];
        var documents = new long[slices.Length];
        for (var i = 0; i < slices.Length; i++)
        {
            slices[i] = [];
        }

        foreach (var leaf in leaves.OrderByDescending(l => l.AtomicReader.MaxDoc))
        {
            var emptiest = Array.IndexOf(documents, documents.Min());
            slices[emptiest].Add(leaf);
            documents[emptiest] += leaf.AtomicReader.MaxDoc;
        }

        return [.. slices.Where(s => s.Count > 0)];
    }
}
