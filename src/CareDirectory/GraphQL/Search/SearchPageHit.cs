using CareDirectory.Search;

namespace CareDirectory.GraphQL.Search;

/// <summary>A hit of a search page with its signed cursor, to page on after or before it.</summary>
public sealed record SearchPageHit(SearchHit Hit, string Cursor);
