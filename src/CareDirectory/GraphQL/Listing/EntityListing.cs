using CareDirectory.GraphQL.Filtering;
using CareDirectory.GraphQL.Sorting;

namespace CareDirectory.GraphQL.Listing;

/// <summary>What a list of <typeparamref name="T"/> may be filtered and sorted by.</summary>
public sealed record EntityListing<T>(FilterDefinition<T> Filters, SortDefinition<T> Sorts)
    where T : class;
