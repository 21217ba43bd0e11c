using CareDirectory.Domain;
using CareDirectory.GraphQL.Counties;
using CareDirectory.GraphQL.Listing;
using CareDirectory.GraphQL.Nodes;
using CareDirectory.GraphQL.Partners;
using CareDirectory.GraphQL.Relay;
using GraphQL.Types;

namespace CareDirectory.GraphQL.States;

/// <summary>A state and its system of care.</summary>
public sealed class StateType : ObjectGraphType<State>
{
    public StateType()
    {
        Name = "State";
        Description = "A US state that runs a children's system of care.";
        this.ImplementNode("State");
        Field<NonNullGraphType<StringGraphType>>("code").Description("USPS code, e.g. NJ.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("State name.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("fipsCode").Description("Two-digit Census FIPS code, e.g. 34.").Resolve(c => c.Source.FipsCode);
        Field<NonNullGraphType<StringGraphType>>("timeZone").Description("IANA time zone used for meetings that name none, e.g. America/New_York.").Resolve(c => c.Source.TimeZone);
        Field<StringGraphType>("systemOfCareName").Description("Name of the state's system of care, e.g. Children's System of Care (CSOC).").Resolve(c => c.Source.SystemOfCareName);
        Field<StringGraphType>("systemOfCareDescription").Description("What the system of care is and whom it serves.").Resolve(c => c.Source.SystemOfCareDescription);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AccessPointType>>>>("accessPoints").Description("Statewide ways in: phone lines with hours and who may call.").Resolve(c => c.Source.AccessPoints);

        Field<NonNullGraphType<ConnectionType<CountyType>>>("counties")
            .Description("The state's counties.")
            .Arguments(ListRequest<County>.Arguments<CountyFilterInputType, CountySortInputType>())
            .Resolve(c => ConnectionQueries.Grouped(c, "state.counties", c.Source.Id, CountyListing.Definition,
                (db, keys) => db.Counties.Where(x => keys.Contains(x.StateId)),
                (county, _) => [county.StateId]));

        Field<NonNullGraphType<ConnectionType<PartnerType>>>("partners")
            .Description("Partners of the state's system of care, statewide and local.")
            .Arguments(ListRequest<Partner>.Arguments<PartnerFilterInputType, PartnerSortInputType>())
            .Resolve(c => ConnectionQueries.Grouped(c, "state.partners", c.Source.Id, PartnerListing.Definition,
                (db, keys) => db.Partners.Where(x => keys.Contains(x.StateId)),
                (partner, _) => [partner.StateId]));
    }
}
