using CareDirectory.GraphQL.Filtering;
using CareDirectory.GraphQL.Sorting;

namespace CareDirectory.GraphQL.Listing;

/// <summary>What a list of <typeparamref name="T"/> may be filtered and sorted by.</summary>
public sealed record EntityListing<T>(FilterDefinition<T> Filters, SortDefinition<T> Sorts)
    where T : class
{
    /// <summary>Which columns a selection of the records' fields reads; without one, lists load whole records.</summary>
    public EntityProjection<T>? Projection { get; init; }
}
