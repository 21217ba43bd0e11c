namespace CareDirectory.Search.Lucene;

/// <summary>Options of the embedded Lucene index (configuration section <c>Search:Lucene</c>).</summary>
public sealed class LuceneSearchOptions
{
    /// <summary>
    /// Directory holding the index (created if missing), e.g. <c>data/search</c>. Each rebuild writes a new
    /// generation sub-directory and switches a <c>CURRENT</c> pointer file. Null keeps the index in memory
    /// (tests, throw-away tools).
    /// </summary>
    public string? Path { get; set; }

    /// <summary>
    /// An index with at least this many documents scores its segments on up to as many threads as the machine has
    /// processors (<c>LuceneSegmentSearch</c>): the same CPU per search, less waiting on a large index when cores are
    /// free. 0 searches every index that way; <see cref="int.MaxValue"/> never.
    /// </summary>
    public int ConcurrentSearchFromDocuments { get; set; } = DefaultConcurrentSearchFromDocuments;

    /// <summary>
    /// A chosen size, not a measured break-even: at bench/run's medium scale (113,610 documents) the broadest search of
    /// the mix takes about 20 ms of CPU and most far less; smaller indexes (and the tests' fixtures) stay on one thread.
    /// </summary>
    public const int DefaultConcurrentSearchFromDocuments = 100_000;
}
