using CareDirectory.Domain;
using CareDirectory.GraphQL.Common;
using CareDirectory.GraphQL.Listing;
using CareDirectory.GraphQL.Relay;
using CareDirectory.Scoping;
using GraphQL;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Partners;

/// <summary><c>Query.partners</c>.</summary>
public static class PartnerQueries
{
    private static readonly CountyScopedList<Partner> _partners = new(PartnerListing.Definition, (db, counties) => CountyScope.PartnersServing(db.Partners, counties));

    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ConnectionType<PartnerType>>>("partners")
            .Description("Partners, optionally of one state, serving one county, or with one role.")
            .Arguments(CountyScopedList<Partner>.Arguments<PartnerFilterInputType, PartnerSortInputType>(
                "partners",
                new QueryArgument<PartnerRoleType> { Name = "role", Description = "Only partners with this role." }))
            .ResolveAsync(async c => await _partners.PageAsync(
                c,
                c => Task.FromResult(c.GetArgument<PartnerRole?>("role")),
                (partners, role) => role is { } r ? partners.Where(p => p.Roles.Contains(r)) : partners));
}
