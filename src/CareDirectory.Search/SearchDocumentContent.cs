namespace CareDirectory.Search;

/// <summary>
/// The fields of a <see cref="SearchDocument"/> that both backends index the same way, listed once so a field added
/// here reaches the Lucene and the Elasticsearch index alike.
/// </summary>
internal static class SearchDocumentContent
{
    /// <summary>Analysed text other than the title (which each backend also keeps for sorting), possibly empty.</summary>
    public static IEnumerable<(string Field, string? Text)> Text(SearchDocument document) =>
    [
        (SearchFields.Description, document.Description),
        (SearchFields.Eligibility, document.Eligibility),
        (SearchFields.Components, SearchFields.JoinText(document.Components)),
        (SearchFields.Topics, SearchFields.JoinText(document.Topics)),
        (SearchFields.ServiceTypeNames, SearchFields.JoinText(document.ServiceTypeNames)),
        (SearchFields.Contact, document.Contact),
        (SearchFields.Cost, document.Cost),
        (SearchFields.ServiceAreas, SearchFields.JoinText(document.ServiceAreaNames)),
        (SearchFields.TitleEs, document.TitleEs),
        (SearchFields.DescriptionEs, document.DescriptionEs),
    ];

    /// <summary>Exact codes that filters and facets match, possibly none.</summary>
    public static IEnumerable<(string Field, IReadOnlyList<string> Values)> Keywords(SearchDocument document) =>
    [
        (SearchFields.Counties, document.CountyFips),
        (SearchFields.ServiceTypes, document.ServiceTypeCodes),
        (SearchFields.TopicCodes, document.TopicCodes),
        (SearchFields.Roles, document.Roles),
        (SearchFields.Audiences, document.Audiences),
        (SearchFields.Languages, document.Languages),
    ];
}
