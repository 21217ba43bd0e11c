using CareDirectory.Domain;
using CareDirectory.GraphQL.Common;
using CareDirectory.GraphQL.Counties;
using CareDirectory.GraphQL.Listing;
using CareDirectory.GraphQL.Relay;
using CareDirectory.GraphQL.States;
using CareDirectory.Scoping;
using GraphQL;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Partners;

/// <summary><c>Query.partners</c>.</summary>
public static class PartnerQueries
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ConnectionType<PartnerType>>>("partners")
            .Description("Partners, optionally of one state, serving one county, or with one role.")
            .Arguments(ListRequest<Partner>.Arguments<PartnerFilterInputType, PartnerSortInputType>(
                StateArgument.Definition("partners"),
                CountyArgument.Definition,
                new QueryArgument<PartnerRoleType> { Name = "role", Description = "Only partners with this role." }))
            .ResolveAsync(async c =>
            {
                var state = StateArgument.Read(c);
                var county = await CountyArgument.ResolveAsync(c);
                var role = c.GetArgument<PartnerRole?>("role");
                return await ConnectionQueries.PageAsync(c, PartnerListing.Definition, db =>
                {
                    var partners = db.Partners.AsQueryable();
                    partners = partners.InState(db, state);
                    partners = county is null ? partners : partners.Where(CountyScope.PartnersServing(db.Partners, [county]));
                    return role is { } r ? partners.Where(p => p.Roles.Contains(r)) : partners;
                });
            });
}
