using CareDirectory.Domain;
using CareDirectory.GraphQL.Counties;
using CareDirectory.GraphQL.Listing;
using CareDirectory.GraphQL.Relay;
using CareDirectory.GraphQL.States;
using CareDirectory.Scoping;
using GraphQL;
using GraphQL.Types;

namespace CareDirectory.GraphQL.EducatorResources;

/// <summary><c>Query.educatorResources</c>.</summary>
public static class EducatorResourceQueries
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ConnectionType<EducatorResourceType>>>("educatorResources")
            .Description("Educator resources, optionally of one state or county (statewide ones included).")
            .Arguments(ListRequest<EducatorResource>.Arguments<EducatorResourceFilterInputType, EducatorResourceSortInputType>(
                StateArgument.Definition("resources"),
                CountyArgument.Definition))
            .ResolveAsync(async c =>
            {
                var state = StateArgument.Read(c);
                var county = await CountyArgument.ResolveAsync(c);
                return await ConnectionQueries.PageAsync(c, EducatorResourceListing.Definition, db =>
                {
                    var resources = db.EducatorResources.AsQueryable();
                    resources = resources.InState(db, state);
                    return county is null ? resources : resources.Where(CountyScope.PlacedIn<EducatorResource>([county]));
                });
            });
}
