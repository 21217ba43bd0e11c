namespace CareDirectory.Search;

/// <summary>The exact-match filters of a <see cref="SearchRequest"/>, read the same way by both backends.</summary>
internal static class SearchRequestTerms
{
    /// <summary>Each code filter that names at least one code: its field and the codes, trimmed; any one of them matches.</summary>
    public static IEnumerable<(string Field, IReadOnlyList<string> Values)> AnyOf(SearchRequest request) =>
        new (string Field, IEnumerable<string> Values)[]
        {
            (SearchFields.Kind, request.Kinds.Select(k => k.ToString())),
            (SearchFields.ServiceTypes, request.ServiceTypes),
            (SearchFields.TopicCodes, request.Topics),
            (SearchFields.Roles, request.Roles),
            (SearchFields.Audiences, request.Audiences),
        }
        .Select(f => (f.Field, Values: (IReadOnlyList<string>)[.. f.Values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim())]))
        .Where(f => f.Values.Count > 0);

    /// <summary>
    /// The state FIPS codes of the requested counties: a county-scoped search includes the statewide documents of
    /// that county's state.
    /// </summary>
    public static IReadOnlyList<string> StatewideStates(SearchRequest request) =>
        [.. request.CountyFips.Select(StateFips.ForCounty).OfType<string>().Distinct()];
}
