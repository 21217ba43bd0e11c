using CareDirectory.Domain;
using CareDirectory.GraphQL.Listing;
using CareDirectory.GraphQL.Nodes;
using CareDirectory.GraphQL.Relay;
using CareDirectory.Scoping;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Meetings;

/// <summary><c>Query.meetings</c>.</summary>
public static class MeetingQueries
{
    private static readonly CountyScopedList<Meeting> _meetings = new(MeetingListing.Definition, (_, counties) => CountyScope.PlacedIn<Meeting>(counties));

    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ConnectionType<MeetingType>>>("meetings")
            .Description("Meetings, optionally of one state or county (statewide meetings included), or of one organiser.")
            .Arguments(CountyScopedList<Meeting>.Arguments<MeetingFilterInputType, MeetingSortInputType>(
                "meetings",
                new QueryArgument<IdGraphType> { Name = "organizer", Description = "Only meetings run by this partner (global id)." }))
            .ResolveAsync(async c => await _meetings.PageAsync(
                c,
                c => Task.FromResult(NodeArguments.OptionalId(c, "organizer", "Partner")),
                (meetings, organizer) => organizer is null ? meetings : meetings.Where(m => m.OrganizerId == organizer)));
}
