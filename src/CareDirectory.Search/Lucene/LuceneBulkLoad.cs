using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using Lucene.Net.Index;

namespace CareDirectory.Search.Lucene;

/// <summary>
/// Loads documents into a new, empty index on several threads: the caller's enumeration (database reads) runs on
/// one while a worker per processor maps, analyses and adds documents. IndexWriter is thread-safe and gives each
/// thread its own in-memory segment. A bounded queue keeps memory flat when reading outpaces indexing.
/// </summary>
internal static class LuceneBulkLoad
{
    private const int QueueCapacity = 2048;
    private const int ProgressEvery = 1000;

    /// <summary>Adds every document; returns how many. The first failure (reading or indexing) stops all threads and is rethrown.</summary>
    public static async Task<int> RunAsync(
        IndexWriter writer, IAsyncEnumerable<SearchDocument> documents, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var queue = Channel.CreateBounded<SearchDocument>(new BoundedChannelOptions(QueueCapacity) { SingleWriter = true });
        var workers = Enumerable.Range(0, Environment.ProcessorCount)
            .Select(_ => Task.Run(() => AddAllAsync(writer, queue.Reader, stop), CancellationToken.None))
            .ToList();

        var count = 0;
        Exception? readFailure = null;
        try
        {
            await foreach (var document in documents.WithCancellation(stop.Token))
            {
                await queue.Writer.WriteAsync(SearchRequestValidation.Document(document), stop.Token);
                if (++count % ProgressEvery == 0)
                {
                    // Documents handed to the workers: at most a queue's length ahead of the index.
                    progress?.Report(count);
                }
            }
        }
        catch (Exception e)
        {
            readFailure = e;
            await stop.CancelAsync();
        }
        finally
        {
            queue.Writer.TryComplete();
        }

        try
        {
            await Task.WhenAll(workers);
        }
        catch (Exception) when (readFailure is not null)
        {
            // The workers were stopped because reading failed; that failure is the one to report.
        }

        // A worker's failure cancels the reader, whose cancellation is only the echo of it: report the worker's.
        if (workers.FirstOrDefault(w => w.IsFaulted) is { } failed)
        {
            ExceptionDispatchInfo.Throw(failed.Exception!.InnerException!);
        }

        if (readFailure is not null)
        {
            ExceptionDispatchInfo.Throw(readFailure);
        }

        return count;
    }

    private static async Task AddAllAsync(IndexWriter writer, ChannelReader<SearchDocument> queue, CancellationTokenSource stop)
    {
        var fields = new LuceneDocumentFields();
        try
        {
            await foreach (var document in queue.ReadAllAsync(stop.Token))
            {
                // Add, not update: the generation is new and the source's ids are unique (primary keys), so there is
                // nothing to replace and no delete term to buffer and resolve per document.
                writer.AddDocument(LuceneDocumentMapper.ToLucene(document, fields));
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await stop.CancelAsync();
            throw;
        }
    }
}
