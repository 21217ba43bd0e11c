using CareDirectory.Domain;
using CareDirectory.GraphQL.Counties;
using CareDirectory.GraphQL.Listing;
using CareDirectory.GraphQL.Relay;
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
                new QueryArgument<StringGraphType> { Name = "state", Description = "Only meetings of this state (USPS code)." },
                CountyArgument.Definition,
                new QueryArgument<IdGraphType> { Name = "organizer", Description = "Only meetings run by this partner (global id)." }))
            .ResolveAsync(async c =>
            {
                var state = c.GetArgument<string?>("state")?.Trim().ToUpperInvariant();
                var county = await CountyArgument.ResolveAsync(c);
                var organizer = Nodes.NodeArguments.OptionalId(c, "organizer", "Partner");
                return await ConnectionQueries.PageAsync(c, MeetingListing.Definition, db =>
                {
                    var meetings = db.Meetings.AsQueryable();
                    meetings = state is null ? meetings : meetings.Where(m => db.States.Any(s => s.Id == m.StateId && s.Code == state));
                    meetings = county is null ? meetings : meetings.Where(m => m.CountyId == county.CountyId || (m.CountyId == null && m.StateId == county.StateId));
                    return organizer is null ? meetings : meetings.Where(m => m.OrganizerId == organizer);
                });
            });
}
