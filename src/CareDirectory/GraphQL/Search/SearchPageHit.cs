using CareDirectory.Search;

namespace CareDirectory.GraphQL.Search;

/// <summary>A hit of a search page with the cursor that continues after it.</summary>
public sealed record SearchPageHit(SearchHit Hit, string Cursor);
