using CareDirectory.Search;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Search;

/// <summary>Matched words of one field.</summary>
public sealed class SearchHighlightType : ObjectGraphType<SearchHighlight>
{
    public SearchHighlightType()
    {
        Name = "SearchHighlight";
        Description = "Where the query matched in one field of a hit.";
        Field<NonNullGraphType<StringGraphType>>("field").Description("The indexed field: title, serviceTypeNames, description, eligibility, components, topics, titleEs or descriptionEs.").Resolve(c => c.Source.Field);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("fragments").Description("Short passages, HTML-encoded, with matched words wrapped in <em>…</em>.").Resolve(c => c.Source.Fragments);
    }
}
