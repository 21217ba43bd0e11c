using CareDirectory.Domain;
using CareDirectory.GraphQL.Listing;
using CareDirectory.Meetings;
using GraphQL;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Meetings;

/// <summary>Occurrence arguments and expansion shared by <c>Meeting.occurrences</c> and <c>County.upcomingMeetings</c>.</summary>
public static class MeetingOccurrenceFields
{
    public const int DefaultDays = 90;

    public static QueryArgument From => new QueryArgument<DateTimeOffsetGraphType> { Name = "from", Description = "Start of the window (default: now)." };

    public static QueryArgument First => new QueryArgument<IntGraphType> { Name = "first", Description = "At most this many occurrences (capped by the server's Meetings:MaxOccurrences, 100 by default)." };

    public static DateTimeOffset FromArgument(IResolveFieldContext context) =>
        context.GetArgument<DateTimeOffset?>("from") ?? context.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow();

    public static int? FirstArgument(IResolveFieldContext context) =>
        context.GetArgument<int?>("first") is { } first and < 0
            ? throw DirectoryErrors.Error(DirectoryErrors.InvalidArgument, "`first` must not be negative.")
            : context.GetArgument<int?>("first");

    /// <summary>Occurrences of one meeting in [from, to), in its own or its state's time zone.</summary>
    public static IEnumerable<UpcomingOccurrence> Expand(IResolveFieldContext context, Meeting meeting, State? state, DateTimeOffset from, DateTimeOffset to, int? first)
    {
        if (to < from)
        {
            throw DirectoryErrors.Error(DirectoryErrors.InvalidArgument, "`to` must not be before `from`.");
        }

        var occurrences = context.RequestServices!.GetRequiredService<MeetingOccurrences>();
        try
        {
            return occurrences.Between(meeting.Schedule, state?.TimeZone ?? "UTC", from, to, first)
                .Select(o => new UpcomingOccurrence(meeting, o.Start, o.End));
        }
        catch (ArgumentException)
        {
            // A stored schedule that no longer validates has no computable dates; the record still lists.
            return [];
        }
    }

    public static global::GraphQL.DataLoader.IDataLoaderResult<State?> StateOf(IResolveFieldContext context, Meeting meeting) =>
        ConnectionQueries.ById<State>(context, meeting.StateId);
}
