using GraphQL.Types;

namespace CareDirectory.GraphQL.Search;

/// <summary>One facet bucket.</summary>
public sealed class SearchFacetValueType : ObjectGraphType<SearchFacetValue>
{
    public SearchFacetValueType()
    {
        Name = "SearchFacetValue";
        Description = "A value of a facet and how many results carry it.";
        Field<NonNullGraphType<StringGraphType>>("value").Description("What to pass back as a filter: an enum name (MOBILE_RESPONSE), a service-type code, a county FIPS code, a language code or a topic code.").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<StringGraphType>>("label").Description("Display name: the service-type, county, language or topic name, or the enum value in words.").Resolve(c => c.Source.Label);
        Field<NonNullGraphType<IntGraphType>>("count").Description("Number of results (all pages) with this value.").Resolve(c => c.Source.Count);
    }
}
