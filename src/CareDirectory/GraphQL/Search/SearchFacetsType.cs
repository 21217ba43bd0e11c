using GraphQL.Types;

namespace CareDirectory.GraphQL.Search;

/// <summary>Facet counts over a whole search result.</summary>
public sealed class SearchFacetsType : ObjectGraphType<SearchFacetLabels>
{
    public SearchFacetsType()
    {
        Name = "SearchFacets";
        Description = "Counts over all results of the search (every page), each list ordered by count, then value. Use them to offer filters.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchFacetValueType>>>>("kinds").Description("Results per kind (SearchKind names).").Resolve(c => c.Source.Kinds);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchFacetValueType>>>>("serviceTypes").Description("Results per service-type code, broader terms included (a program of crisis.mobile-response counts for crisis too).").Resolve(c => c.Source.ServiceTypes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchFacetValueType>>>>("roles").Description("Results per partner role (PartnerRole names); programs, meetings and resources count with their partner's roles.").Resolve(c => c.Source.Roles);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchFacetValueType>>>>("counties").Description("Results per county FIPS code the records list; statewide records count in no county.").Resolve(c => c.Source.Counties);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchFacetValueType>>>>("audiences").Description("Results per audience (Audience names).").Resolve(c => c.Source.Audiences);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchFacetValueType>>>>("languages").Description("Results per language code (ISO 639-1).").Resolve(c => c.Source.Languages);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchFacetValueType>>>>("topics").Description("Results per educator-resource topic code, labelled from the controlled vocabulary; other records have no topics.").Resolve(c => c.Source.Topics);
    }
}
