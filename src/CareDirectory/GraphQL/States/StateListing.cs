using CareDirectory.Domain;
using CareDirectory.GraphQL.Filtering;
using CareDirectory.GraphQL.Listing;
using CareDirectory.GraphQL.Sorting;

namespace CareDirectory.GraphQL.States;

/// <summary>What lists of states may be filtered and sorted by.</summary>
public static class StateListing
{
    public static readonly EntityListing<State> Definition = RecordListing.Of(
        new FilterDefinition<State>()
            .Scalar<StringOperationFilterInputType, string>("code", s => s.Code, "USPS code, e.g. NJ.")
            .Scalar<StringOperationFilterInputType, string>("name", s => s.Name, "State name.")
            .Scalar<StringOperationFilterInputType, string>("fipsCode", s => s.FipsCode, "Two-digit FIPS code."),
        new SortDefinition<State>(s => s.Name, s => s.Id)
            .Field("code", s => s.Code, "By USPS code.")
            .Field("name", s => s.Name, "By name."));
}

/// <summary><c>StateFilterInput</c>.</summary>
public sealed class StateFilterInputType() : FilterInputType("StateFilterInput", "states", StateListing.Definition.Filters);

/// <summary><c>StateSortInput</c>.</summary>
public sealed class StateSortInputType() : SortInputType("StateSortInput", "states", StateListing.Definition.Sorts);
