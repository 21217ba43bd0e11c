using CareDirectory.Domain;
using CareDirectory.GraphQL.Listing;
using CareDirectory.GraphQL.Relay;
using CareDirectory.Scoping;
using GraphQL.Types;

namespace CareDirectory.GraphQL.EducatorResources;

/// <summary><c>Query.educatorResources</c>.</summary>
public static class EducatorResourceQueries
{
    private static readonly CountyScopedList<EducatorResource> _resources = new(EducatorResourceListing.Definition, (_, counties) => CountyScope.PlacedIn<EducatorResource>(counties));

    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ConnectionType<EducatorResourceType>>>("educatorResources")
            .Description("Educator resources, optionally of one state or county (statewide ones included).")
            .Arguments(CountyScopedList<EducatorResource>.Arguments<EducatorResourceFilterInputType, EducatorResourceSortInputType>("resources"))
            .ResolveAsync(async c => await _resources.PageAsync(c));
}
