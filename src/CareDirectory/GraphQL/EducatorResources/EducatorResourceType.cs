using CareDirectory.Domain;
using CareDirectory.GraphQL.Common;
using CareDirectory.GraphQL.Counties;
using CareDirectory.GraphQL.Listing;
using CareDirectory.GraphQL.Meetings;
using CareDirectory.GraphQL.Nodes;
using CareDirectory.GraphQL.Partners;
using CareDirectory.GraphQL.States;
using GraphQL.Types;

namespace CareDirectory.GraphQL.EducatorResources;

/// <summary>Something an educator can read, watch or fill in.</summary>
public sealed class EducatorResourceType : ObjectGraphType<EducatorResource>
{
    public EducatorResourceType()
    {
        Name = "EducatorResource";
        Description = "Something an educator can read, watch or fill in: a video, a town hall recording, a guide, a form, a web page or a directory.";
        this.ImplementNode("EducatorResource");
        Field<NonNullGraphType<StringGraphType>>("title").Description("Resource title.").Resolve(c => c.Source.Title);
        Field<StringGraphType>("description").Description("What it is, in the source's words.").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<ResourceKindType>>("resourceKind").Description("Kind of resource. Named apart from `Meeting.kind` (another enum) so that a `SearchItem` selection can ask for both without aliases.").Resolve(c => c.Source.Kind);
        Field<StringGraphType>("url").Description("Where to find it, when the source gives a link.").Resolve(c => c.Source.Url);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AudienceType>>>>("audiences").Description("Who it is for.").Resolve(c => c.Source.Audiences);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("topics").Description("Topics from the controlled vocabulary (access, crisis, education, ...).").Resolve(c => c.Source.Topics);
        Field<NonNullGraphType<StringGraphType>>("language").Description("Language (BCP 47).").Resolve(c => c.Source.Language);
        Field<IntGraphType>("durationMinutes").Description("Length of a video or recording.").Resolve(c => c.Source.DurationMinutes);
        Field<IntGraphType>("minimumAge").Description("Youngest age it suits, when known.").Resolve(c => c.Source.MinimumAge);
        Field<IntGraphType>("maximumAge").Description("Oldest age it suits, when known.").Resolve(c => c.Source.MaximumAge);
        Field<PartnerType>("owner").Description("The partner that publishes it.").Resolve(c => ConnectionQueries.ById(c, c.Source.OwnerId, PartnerListing.Definition.Projection));
        Field<NonNullGraphType<StateType>>("state").Description("The state it belongs to.").Resolve(c => ConnectionQueries.ById<State>(c, c.Source.StateId));
        Field<CountyType>("county").Description("Its county; null for a statewide resource.").Resolve(c => ConnectionQueries.ById<County>(c, c.Source.CountyId));
        Field<NonNullGraphType<ServiceAreaKindType>>("scope").Description("STATE for a statewide resource, COUNTY for a county one.").Resolve(c => ServiceScopes.OfCounty(c.Source.CountyId));
        Field<MeetingType>("meeting").Description("The meeting this resource records, e.g. a town hall.").Resolve(c => ConnectionQueries.ById<Meeting>(c, c.Source.MeetingId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TranslationType>>>>("translations").Description("Title and description in other languages.").Resolve(c => c.Source.Translations);
    }
}
