using CareDirectory.Domain;
using CareDirectory.GraphQL.Counties;
using CareDirectory.GraphQL.Listing;
using CareDirectory.GraphQL.Relay;
using CareDirectory.GraphQL.States;
using CareDirectory.Scoping;
using GraphQL;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Meetings;

/// <summary><c>Query.meetings</c>.</summary>
public static class MeetingQueries
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ConnectionType<MeetingType>>>("meetings")
            .Description("Meetings, optionally of one state or county (statewide meetings included), or of one organiser.")
            .Arguments(ListRequest<Meeting>.Arguments<MeetingFilterInputType, MeetingSortInputType>(
                StateArgument.Definition("meetings"),
                CountyArgument.Definition,
                new QueryArgument<IdGraphType> { Name = "organizer", Description = "Only meetings run by this partner (global id)." }))
            .ResolveAsync(async c =>
            {
                var state = StateArgument.Read(c);
                var county = await CountyArgument.ResolveAsync(c);
                var organizer = Nodes.NodeArguments.OptionalId(c, "organizer", "Partner");
                return await ConnectionQueries.PageAsync(c, MeetingListing.Definition, db =>
                {
                    var meetings = db.Meetings.AsQueryable();
                    meetings = meetings.InState(db, state);
                    meetings = county is null ? meetings : meetings.Where(CountyScope.PlacedIn<Meeting>([county]));
                    return organizer is null ? meetings : meetings.Where(m => m.OrganizerId == organizer);
                });
            });
}
