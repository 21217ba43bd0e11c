using System.Globalization;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Microsoft.Extensions.Options;

namespace CareDirectory.Search.Lucene;

/// <summary>
/// The embedded search index: Lucene.Net 4.8 on disk (or in memory), zero setup. Thread-safe: one writer
/// serialised by a lock, searches through a <see cref="SearcherManager"/> refreshed after every write.
/// </summary>
public sealed class LuceneSearchIndex : ISearchIndex, IDisposable
{
    private const string CurrentFile = "CURRENT";

    private readonly string? _root;
    private readonly int _concurrentSearchFromDocuments;
    private readonly LuceneAnalysis _analysis = new();
    private readonly LuceneQueryBuilder _queries;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly ReaderWriterLockSlim _swapLock = new(LockRecursionPolicy.NoRecursion);
    private readonly RebuildJournal _journal = new();
    private LuceneIndexGeneration _current;

    public LuceneSearchIndex(IOptions<LuceneSearchOptions> options)
        : this(options.Value)
    {
    }

    public LuceneSearchIndex(LuceneSearchOptions options)
    {
        _queries = new LuceneQueryBuilder(_analysis);
        _concurrentSearchFromDocuments = options.ConcurrentSearchFromDocuments;
        _root = options.Path is null ? null : System.IO.Path.GetFullPath(options.Path);
        _current = LuceneIndexGeneration.Open(_root is null ? null : CurrentGenerationPath(_root), _analysis);
        _current.Commit();
    }

    public Task UpsertAsync(IEnumerable<SearchDocument> documents, CancellationToken cancellationToken = default) =>
        WriteAsync([.. SearchRequestValidation.Documents(documents).Select(SearchWrite.Put)], cancellationToken);

    public Task DeleteAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default) =>
        WriteAsync([.. ids.Select(SearchWrite.Delete)], cancellationToken);

    public Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        SearchRequestValidation.Validate(request);
        cancellationToken.ThrowIfCancellationRequested();
        var text = SearchRequestValidation.QueryText(request);
        var browse = text is null;
        var window = new SearchWindow(request, browse);
        var filters = LuceneQueryBuilder.Filters(request);

        _swapLock.EnterReadLock();
        try
        {
            var searcher = _current.Manager.Acquire();
            try
            {
                if (text is null)
                {
                    return Task.FromResult(Search(searcher, request, new LuceneTextQuery(new MatchAllDocsQuery(), null), filters, browse, window));
                }

                var allWords = Search(searcher, request, _queries.Text(text, SearchMatching.AllWords), filters, browse, window);
                return Task.FromResult(SearchFields.RetryWithAnyWord(text, allWords.TotalCount)
                    ? Search(searcher, request, _queries.Text(text, SearchFields.AnyWordAfter(allWords.TotalCount)), filters, browse, window)
                    : allWords);
            }
            finally
            {
                _current.Manager.Release(searcher);
            }
        }
        finally
        {
            _swapLock.ExitReadLock();
        }
    }

    public async Task<int> RebuildAsync(
        IAsyncEnumerable<SearchDocument> documents,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            _journal.Start();
        }
        finally
        {
            _writeLock.Release();
        }

        var path = _root is null ? null : System.IO.Path.Combine(_root, "gen-" + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture));
        LuceneIndexGeneration? next = null;
        var count = 0;
        try
        {
            next = LuceneIndexGeneration.OpenForBulkLoad(path, _analysis);
            count = await LuceneBulkLoad.RunAsync(next.Writer, documents, progress, cancellationToken);
            next.Writer.Commit();
            next.EndBulkLoad();
            await _writeLock.WaitAsync(cancellationToken);
            LuceneIndexGeneration previous;
            try
            {
                Apply(next, _journal.Stop());
                previous = Swap(next);
                next = null;
            }
            finally
            {
                _writeLock.Release();
            }

            progress?.Report(count);
            Retire(previous);
            return count;
        }
        catch
        {
            await _writeLock.WaitAsync(CancellationToken.None);
            _journal.Stop();
            _writeLock.Release();
            if (next is not null)
            {
                Retire(next);
            }

            throw;
        }
    }

    public Task<SearchHealth> HealthAsync(CancellationToken cancellationToken = default)
    {
        _swapLock.EnterReadLock();
        try
        {
            var searcher = _current.Manager.Acquire();
            try
            {
                var count = searcher.IndexReader.NumDocs;
                return Task.FromResult(new SearchHealth(SearchHealthStatus.Healthy, $"Lucene index with {count} documents.", count, _current.LayoutVersion));
            }
            finally
            {
                _current.Manager.Release(searcher);
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            return Task.FromResult(new SearchHealth(SearchHealthStatus.Unavailable, e.Message));
        }
        finally
        {
            _swapLock.ExitReadLock();
        }
    }

    public void Dispose()
    {
        _current.Dispose();
        _analysis.Dispose();
        _writeLock.Dispose();
        _swapLock.Dispose();
    }

    private async Task WriteAsync(List<SearchWrite> writes, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            Apply(_current, writes);
            _journal.Record(writes);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private static void Apply(LuceneIndexGeneration generation, IEnumerable<SearchWrite> writes)
    {
        foreach (var (upsert, deleteId) in writes)
        {
            if (upsert is not null)
            {
                generation.Writer.UpdateDocument(LuceneDocumentMapper.IdTerm(upsert.Id), LuceneDocumentMapper.ToLucene(upsert));
            }
            else if (deleteId is not null)
            {
                generation.Writer.DeleteDocuments(LuceneDocumentMapper.IdTerm(deleteId));
            }
        }

        generation.Commit();
    }

    private SearchResults Search(
        IndexSearcher searcher, SearchRequest request, LuceneTextQuery query, Query? filters, bool browse, SearchWindow window)
    {
        // Backward pages read the reverse order from the cursor, so "last N" costs what "first N" does.
        var sort = Order(browse, window.Backward);
        FieldDoc? seekFrom = window.SeekFrom is not { } from
            ? null
            : new FieldDoc(int.MaxValue, float.NaN, browse
                ? [new BytesRef(from.TitleKey ?? ""), new BytesRef(from.Id)]
                : [J2N.Numerics.Single.GetInstance((float)from.Score), new BytesRef(from.Id)]);

        // Rewritten once against this index (fuzzy queries become the terms they matched, kept per reader by
        // LuceneCachedFuzzyQuery) and used both to search and to highlight, so the highlighter marks exactly those terms.
        var rewritten = query.RewrittenMatch(searcher);
        var rescoring = query.Rescore is null ? null : searcher.Rewrite(query.Rescore);
        var highlighter = rescoring is null || !request.Highlights ? null : new LuceneHitHighlighter(rescoring, _analysis.PerField);
        var rescore = rescoring is not null;

        // A browse reads one page from the cursor; a text search the rescore window and, when the page may reach past
        // it, the continuation from the cursor (SearchRescoreWindow).
        List<(Sort Sort, int Size, Func<TopFieldCollector> Create)> pages = rescore
            ? [(Order(false, false), SearchFields.RescoreWindow, () => TopFieldCollector.Create(Order(false, false), SearchFields.RescoreWindow, null, true, true, false, false))]
            : [(sort, window.Fetch, () => TopFieldCollector.Create(sort, window.Fetch, seekFrom, true, !browse, false, false))];
        if (rescore && SearchRescoreWindow.NeedsContinuation(window))
        {
            var size = window.Fetch + SearchFields.RescoreWindow;
            pages.Add((sort, size, () => TopFieldCollector.Create(sort, size, seekFrom, true, true, false, false)));
        }

        var (read, collector) = LuceneSegmentSearch.Run(
            searcher,
            rewritten,
            filters,
            pages,
            page => new LuceneSearchCollector(page, request.Near, request.RadiusKm ?? 0, request.Facets),
            _concurrentSearchFromDocuments);

        IEnumerable<(FieldDoc Hit, SearchCursor Position)> hits;
        if (rescore)
        {
            var top = read[0].ScoreDocs.Cast<FieldDoc>().ToList();
            var scores = new LuceneWindowRescorer(rescoring!).Scores(searcher, read[0]);
            hits = SearchRescoreWindow.Read(
                window,
                top,
                top.ToDictionary(Id, hit => (double)scores[hit.Doc], StringComparer.Ordinal),
                read.Length > 1 ? [.. read[1].ScoreDocs.Cast<FieldDoc>()] : [],
                Id,
                hit => hit.Score);
        }
        else
        {
            hits = read[0].ScoreDocs.Cast<FieldDoc>().Select(hit => (hit, browse
                ? new SearchCursor(true, 0, ((BytesRef)hit.Fields[0]).Utf8ToString(), Id(hit))
                : new SearchCursor(false, hit.Score, null, Id(hit))));
        }

        return window.Results(
            hits,
            r => r.Position,
            (r, cursor) =>
            {
                var stored = searcher.Doc(r.Hit.Doc);
                return new SearchHit(
                    r.Position.Id,
                    Enum.Parse<SearchKind>(stored.Get(SearchFields.Kind)),
                    browse ? 0 : r.Position.Score,
                    highlighter?.Highlights(stored) ?? [],
                    cursor);
            },
            collector.TotalHits,
            collector.Facets());
    }

    /// <summary>The result's order (title or score, then id), reversed for a backward read.</summary>
    private static Sort Order(bool browse, bool reverse) => browse
        ? new Sort(new SortField(SearchFields.TitleSort, SortFieldType.STRING, reverse), new SortField(SearchFields.Id, SortFieldType.STRING, reverse))
        : new Sort(new SortField(null, SortFieldType.SCORE, reverse), new SortField(SearchFields.Id, SortFieldType.STRING, reverse));

    /// <summary>A hit's id, from the sort's last field (doc values): no stored fields are read for hits off the page.</summary>
    private static string Id(FieldDoc hit) => ((BytesRef)hit.Fields[^1]).Utf8ToString();

    private LuceneIndexGeneration Swap(LuceneIndexGeneration next)
    {
        next.Commit();
        _swapLock.EnterWriteLock();
        var previous = _current;
        _current = next;
        _swapLock.ExitWriteLock();
        if (_root is not null && next.Path is not null)
        {
            // Write-then-rename so a crash leaves either the old or the new pointer, never half of one.
            var temp = System.IO.Path.Combine(_root, CurrentFile + ".tmp");
            File.WriteAllText(temp, System.IO.Path.GetFileName(next.Path));
            File.Move(temp, System.IO.Path.Combine(_root, CurrentFile), overwrite: true);
        }

        return previous;
    }

    private static void Retire(LuceneIndexGeneration generation)
    {
        generation.Dispose();
        DeleteGeneration(generation.Path);
    }

    /// <summary>Best effort: a generation folder left behind is removed at the next start.</summary>
    private static void DeleteGeneration(string? path)
    {
        try
        {
            if (path is not null && System.IO.Directory.Exists(path))
            {
                System.IO.Directory.Delete(path, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not fatal: the folder no longer serves.
        }
    }

    private static string CurrentGenerationPath(string root)
    {
        System.IO.Directory.CreateDirectory(root);
        var pointer = System.IO.Path.Combine(root, CurrentFile);
        var name = File.Exists(pointer) ? File.ReadAllText(pointer).Trim() : "gen-0";

        // Generations other than the current one are left-overs of an interrupted rebuild or a failed delete.
        foreach (var stale in System.IO.Directory.GetDirectories(root, "gen-*").Where(d => System.IO.Path.GetFileName(d) != name))
        {
            DeleteGeneration(stale);
        }

        return System.IO.Path.Combine(root, name);
    }
}
