namespace CareDirectory.Search;

/// <summary>
/// The version of the index's field layout. Bump it whenever a field is added, removed or analysed differently: an
/// index written with another version is then rebuilt from the database on the next start, instead of silently
/// missing the field (Lucene) or refusing documents that carry it (Elasticsearch's strict mapping).
/// </summary>
public static class SearchLayout
{
    /// <summary>
    /// 4: every English field's text also in one field (<see cref="SearchFields.EnglishAll"/>), which a search matches
    /// and counts on. 3: contact, cost and service-area text fields, question and Spanish stop words. 2: educator resources' topic
    /// codes as a keyword field (filter and facet). 1: no version recorded.
    /// </summary>
    public const int Version = 4;

    /// <summary>Where a backend records the version: Lucene commit data, Elasticsearch mapping <c>_meta</c>.</summary>
    public const string Key = "layoutVersion";

    /// <summary>Indexes written before versions were recorded.</summary>
    public const int Unrecorded = 1;
}
