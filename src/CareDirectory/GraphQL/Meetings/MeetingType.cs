using CareDirectory.GraphQL.Caching;
using CareDirectory.Domain;
using CareDirectory.GraphQL.Common;
using CareDirectory.GraphQL.Counties;
using CareDirectory.GraphQL.DataLoaders;
using CareDirectory.GraphQL.EducatorResources;
using CareDirectory.GraphQL.Listing;
using CareDirectory.GraphQL.Nodes;
using CareDirectory.GraphQL.Partners;
using CareDirectory.GraphQL.Relay;
using CareDirectory.GraphQL.States;
using GraphQL;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Meetings;

/// <summary>A recurring or one-off meeting.</summary>
public sealed class MeetingType : ObjectGraphType<Meeting>
{
    public MeetingType()
    {
        Name = "Meeting";
        Description = "A recurring or one-off meeting: a parent support group, a council or subcommittee meeting, an educator town hall.";
        this.ImplementNode("Meeting");
        Field<NonNullGraphType<StringGraphType>>("title").Description("Meeting title.").Resolve(c => c.Source.Title);
        Field<StringGraphType>("description").Description("What the meeting is, in the source's words.").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<MeetingKindType>>("kind").Description("Kind of meeting.").Resolve(c => c.Source.Kind);
        Field<PartnerType>("organizer").Description("The partner that runs it.").Resolve(c => ConnectionQueries.ById(c, c.Source.OrganizerId, PartnerListing.Definition.Projection));
        Field<NonNullGraphType<StateType>>("state").Description("The state it belongs to.").Resolve(c => ConnectionQueries.ById<State>(c, c.Source.StateId));
        Field<CountyType>("county").Description("Its county; null for a statewide meeting series.").Resolve(c => ConnectionQueries.ById<County>(c, c.Source.CountyId));
        Field<NonNullGraphType<ServiceAreaKindType>>("scope").Description("STATE for a statewide meeting, COUNTY for a county one.").Resolve(c => ServiceScopes.OfCounty(c.Source.CountyId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AudienceType>>>>("audiences").Description("Who it is for.").Resolve(c => c.Source.Audiences);
        Field<NonNullGraphType<MeetingScheduleType>>("schedule").Description("When it happens.").Resolve(c => c.Source.Schedule);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeetingOccurrenceType>>>>("occurrences")
            .Description("Dated occurrences in a window (default: the next 90 days), with UTC offsets. Empty when the source publishes no times.")
            .CacheMaxAge(MeetingOccurrenceFields.CacheSeconds)
            .Arguments(MeetingOccurrenceFields.From, new QueryArgument<DateTimeType> { Name = "to", Description = "End of the window (default: from + 90 days; capped by Meetings:MaxWindowDays)." }, MeetingOccurrenceFields.First)
            .Resolve(c =>
            {
                var from = MeetingOccurrenceFields.FromArgument(c);
                var to = MeetingOccurrenceFields.WindowEnd(from, c.GetArgument<DateTimeOffset?>("to"), MeetingOccurrenceFields.DefaultDays);
                var first = MeetingOccurrenceFields.FirstArgument(c);
                return MeetingOccurrenceFields.StateOf(c, c.Source).Then(state => MeetingOccurrenceFields.Expand(c, c.Source, state, from, to, first).ToList());
            });
        Field<NonNullGraphType<AttendanceModeType>>("attendanceMode").Description("In person, virtual or hybrid.").Resolve(c => c.Source.AttendanceMode);
        Field<LocationType>("location").Description("Where it meets in person.").Resolve(c => c.Source.Location);
        Field<StringGraphType>("joinUrl").Description("Link to join online.").Resolve(c => c.Source.JoinUrl);
        Field<StringGraphType>("registrationUrl").Description("Where to register.").Resolve(c => c.Source.RegistrationUrl);
        Field<StringGraphType>("recordingUrl").Description("Where recordings are posted.").Resolve(c => c.Source.RecordingUrl);
        Field<NonNullGraphType<StringGraphType>>("language").Description("Language (BCP 47).").Resolve(c => c.Source.Language);
        Field<StringGraphType>("accessibilityNotes").Description("Accessibility information.").Resolve(c => c.Source.AccessibilityNotes);
        Field<NonNullGraphType<ConnectionType<EducatorResourceType>>>("resources")
            .Description("Resources from this meeting, such as a town hall's recordings.")
            .Arguments(ListRequest<EducatorResource>.Arguments<EducatorResourceFilterInputType, EducatorResourceSortInputType>())
            .Resolve(c => ConnectionQueries.Grouped(c, "meeting.resources", c.Source.Id, EducatorResourceListing.Definition,
                (db, keys) => db.EducatorResources.Where(r => r.MeetingId != null && keys.Contains(r.MeetingId.Value)),
                (resource, _) => [resource.MeetingId!.Value]));
    }
}
