using CareDirectory.Domain;
using CareDirectory.GraphQL.Common;
using CareDirectory.GraphQL.EducatorResources;
using CareDirectory.GraphQL.Listing;
using CareDirectory.GraphQL.Meetings;
using CareDirectory.GraphQL.Nodes;
using CareDirectory.GraphQL.Programs;
using CareDirectory.GraphQL.Relay;
using CareDirectory.GraphQL.States;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Partners;

/// <summary>An organisation in a system of care (HSDS organization).</summary>
public sealed class PartnerType : ObjectGraphType<Partner>
{
    public PartnerType()
    {
        Name = "Partner";
        Description = "An organisation in a system of care (HSDS organization), with its roles, programs, meetings and resources.";
        this.ImplementNode("Partner");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Organisation name.").Resolve(c => c.Source.Name);
        Field<StringGraphType>("alternateName").Description("Short or other name, e.g. FSO of Bergen County.").Resolve(c => c.Source.AlternateName);
        Field<StringGraphType>("description").Description("What the organisation does, in the source's words.").Resolve(c => c.Source.Description);
        Field<StringGraphType>("website").Description("Website URL, when the source gives one.").Resolve(c => c.Source.Website);
        Field<StringGraphType>("email").Description("Contact email, when the source gives one.").Resolve(c => c.Source.Email);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnerRoleType>>>>("roles").Description("Its roles in the system of care.").Resolve(c => c.Source.Roles);
        Field<NonNullGraphType<ServiceAreaKindType>>("scope").Description("The widest area it serves: STATE for statewide partners, COUNTY for county ones.").Resolve(c => ServiceScopes.Widest(c.Source.ServiceAreas));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PhoneType>>>>("phones").Description("Phone numbers.").Resolve(c => c.Source.Phones);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LocationType>>>>("locations").Description("Places and addresses.").Resolve(c => c.Source.Locations);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceAreaType>>>>("serviceAreas").Description("Areas it serves.").Resolve(c => c.Source.ServiceAreas);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TranslationType>>>>("translations").Description("Name and description in other languages.").Resolve(c => c.Source.Translations);
        Field<NonNullGraphType<StateType>>("state").Description("The state whose system of care it belongs to.").Resolve(c => ConnectionQueries.ById<State>(c, c.Source.StateId));

        Field<NonNullGraphType<ConnectionType<ProgramType>>>("programs")
            .Description("Its programs.")
            .Arguments(ListRequest<CareProgram>.Arguments<ProgramFilterInputType, ProgramSortInputType>())
            .Resolve(c => ConnectionQueries.Grouped(c, "partner.programs", c.Source.Id, ProgramListing.Definition,
                (db, keys) => db.Programs.Where(p => keys.Contains(p.PartnerId)),
                (program, _) => [program.PartnerId]));

        Field<NonNullGraphType<ConnectionType<MeetingType>>>("meetings")
            .Description("Meetings it organises.")
            .Arguments(ListRequest<Meeting>.Arguments<MeetingFilterInputType, MeetingSortInputType>())
            .Resolve(c => ConnectionQueries.Grouped(c, "partner.meetings", c.Source.Id, MeetingListing.Definition,
                (db, keys) => db.Meetings.Where(m => m.OrganizerId != null && keys.Contains(m.OrganizerId.Value)),
                (meeting, _) => [meeting.OrganizerId!.Value]));

        Field<NonNullGraphType<ConnectionType<EducatorResourceType>>>("educatorResources")
            .Description("Educator resources it owns.")
            .Arguments(ListRequest<EducatorResource>.Arguments<EducatorResourceFilterInputType, EducatorResourceSortInputType>())
            .Resolve(c => ConnectionQueries.Grouped(c, "partner.educatorResources", c.Source.Id, EducatorResourceListing.Definition,
                (db, keys) => db.EducatorResources.Where(r => r.OwnerId != null && keys.Contains(r.OwnerId.Value)),
                (resource, _) => [resource.OwnerId!.Value]));
    }
}
