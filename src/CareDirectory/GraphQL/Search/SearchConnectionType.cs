using CareDirectory.GraphQL.Relay;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Search;

/// <summary>A page of search results.</summary>
public sealed class SearchConnectionType : ObjectGraphType<SearchPage>
{
    public SearchConnectionType()
    {
        Name = "SearchConnection";
        Description = "A page of search hits, best first (by title when browsing), with the total and facet counts of the whole result.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitType>>>>("nodes").Description("The hits of this page, in order.").Resolve(c => c.Source.Hits);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchEdgeType>>>>("edges").Description("The hits of this page with their cursors.").Resolve(c => c.Source.Hits);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Where this page is in the whole result.").Resolve(c => c.Source);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("Number of hits across all pages.").Resolve(c => c.Source.TotalCount);
        Field<NonNullGraphType<SearchFacetsType>>("facets")
            .Description("Counts per kind, service type, role, county, audience and language over all hits.")
            .ResolveAsync(async c => await SearchFacetLabels.LoadAsync(c, c.Source.Facets));
    }
}
