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
        Field<NonNullGraphType<StringGraphType>>("field").Description("The indexed field, in this order: title, contact (how to reach it: phones, hours, 24/7, who may call, referral steps), cost (free or not, payment options), serviceTypeNames, description, eligibility, components, topics, serviceAreas, titleEs or descriptionEs.").Resolve(c => c.Source.Field);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("fragments").Description("Short passages, HTML-encoded, with matched words wrapped in <em>…</em>.").Resolve(c => c.Source.Fragments);
    }
}
