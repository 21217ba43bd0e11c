namespace CareDirectory.Search;

/// <summary>The search backend, chosen by configuration key <c>Search:Provider</c>.</summary>
public enum SearchProvider
{
    /// <summary>Embedded Lucene.Net index on disk (the default; zero setup).</summary>
    Lucene,

    /// <summary>An Elasticsearch 9 cluster.</summary>
    Elasticsearch,
}
