using CareDirectory.Domain;
using CareDirectory.GraphQL.Filtering;
using CareDirectory.GraphQL.Sorting;

namespace CareDirectory.GraphQL.Listing;

/// <summary>Listings of directory records: each may also be filtered by its global id and filtered and sorted by its last change, after its own fields.</summary>
public static class RecordListing
{
    public static EntityListing<T> Of<T>(FilterDefinition<T> filters, SortDefinition<T> sorts)
        where T : Entity => new(
        filters
            .Id(EntityTypeNames.Of(typeof(T)), r => r.Id)
            .Scalar<DateTimeOperationFilterInputType, DateTimeOffset>("lastModified", r => r.LastModified, "When the record last changed."),
        sorts.Field("lastModified", r => r.LastModified, "By last change."));
}
