using CareDirectory.Domain;
using CareDirectory.GraphQL.Counties;
using CareDirectory.GraphQL.Listing;
using CareDirectory.GraphQL.Relay;
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
                new QueryArgument<StringGraphType> { Name = "state", Description = "Only resources of this state (USPS code)." },
                CountyArgument.Definition))
            .ResolveAsync(async c =>
            {
                var state = c.GetArgument<string?>("state")?.Trim().ToUpperInvariant();
                var county = await CountyArgument.ResolveAsync(c);
                return await ConnectionQueries.PageAsync(c, EducatorResourceListing.Definition, db =>
                {
                    var resources = db.EducatorResources.AsQueryable();
                    resources = state is null ? resources : resources.Where(r => db.States.Any(s => s.Id == r.StateId && s.Code == state));
                    return county is null ? resources : resources.Where(r => r.CountyId == county.CountyId || (r.CountyId == null && r.StateId == county.StateId));
                });
            });
}
