using GraphQL.Types;

namespace CareDirectory.GraphQL.Search;

/// <summary>A search hit with its cursor.</summary>
public sealed class SearchEdgeType : ObjectGraphType<SearchPageHit>
{
    public SearchEdgeType()
    {
        Name = "SearchEdge";
        Description = "A search hit with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Opaque cursor of this hit; pass it as `after` to continue after it, or as `before` to page back from it.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<SearchHitType>>("node").Description("The hit.").Resolve(c => c.Source);
    }
}
