using CareDirectory.Domain;
using CareDirectory.GraphQL.Filtering;
using CareDirectory.GraphQL.Listing;
using CareDirectory.GraphQL.Sorting;

namespace CareDirectory.GraphQL.Counties;

/// <summary>What lists of counties may be filtered and sorted by.</summary>
public static class CountyListing
{
    public static readonly EntityListing<County> Definition = RecordListing.Of(
        new FilterDefinition<County>()
            .Scalar<StringOperationFilterInputType, string>("name", c => c.Name, "County name.")
            .Scalar<StringOperationFilterInputType, string>("slug", c => c.Slug, "URL slug, e.g. bergen.")
            .Scalar<StringOperationFilterInputType, string>("fips", c => c.Fips, "Five-digit FIPS code."),
        new SortDefinition<County>(c => c.Name, c => c.Id)
            .Field("name", c => c.Name, "By name.")
            .Field("fips", c => c.Fips, "By FIPS code."));
}

/// <summary><c>CountyFilterInput</c>.</summary>
public sealed class CountyFilterInputType() : FilterInputType("CountyFilterInput", "counties", CountyListing.Definition.Filters);

/// <summary><c>CountySortInput</c>.</summary>
public sealed class CountySortInputType() : SortInputType("CountySortInput", "counties", CountyListing.Definition.Sorts);
