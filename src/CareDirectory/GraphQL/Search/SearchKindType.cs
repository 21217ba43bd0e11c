using CareDirectory.Search;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Search;

/// <summary>The kinds of records search finds.</summary>
public sealed class SearchKindType : EnumerationGraphType<SearchKind>
{
    public SearchKindType()
    {
        Name = "SearchKind";
        Description = "The kind of record a search hit is: PARTNER, PROGRAM, MEETING or EDUCATOR_RESOURCE.";
    }
}
