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
}
