using CareDirectory.GraphQL.Common;
using CareDirectory.Domain;
using CareDirectory.GraphQL.Listing;
using CareDirectory.Meetings;
using CareDirectory.Rules;
using GraphQL;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Meetings;

/// <summary>Occurrence arguments and expansion shared by <c>Meeting.occurrences</c> and <c>County.upcomingMeetings</c>.</summary>
public static class MeetingOccurrenceFields
{
    public const int DefaultDays = 90;

    /// <summary>
    /// <c>@cacheControl(maxAge:)</c> of the occurrence fields: their window starts at "now" by default, so an answer
    /// changes with the clock (a meeting that has started leaves it), not only with writes. A minute is close enough
    /// for a listing of meetings.
    /// </summary>
    public const int CacheSeconds = 60;

    public static QueryArgument From => new QueryArgument<DateTimeType> { Name = "from", Description = "Start of the window (default: now)." };

    public static QueryArgument First => new QueryArgument<IntGraphType> { Name = "first", Description = "At most this many occurrences (capped by the server's Meetings:MaxOccurrences, 100 by default)." };

    /// <summary>Window ends outside the years meetings may be dated in are refused, which also keeps date arithmetic far from overflow.</summary>
    private static readonly DateTimeOffset _earliest = new(MeetingScheduleRules.Earliest, TimeSpan.Zero);
    private static readonly DateTimeOffset _latest = new(MeetingScheduleRules.Latest, TimeSpan.Zero);

    /// <summary>Longest window computed before the server's own cap (Meetings:MaxWindowDays) applies: a century.</summary>
    private const int LongestDays = 36_525;

    public static DateTimeOffset FromArgument(IResolveFieldContext context) =>
        InRange(context.GetArgument<DateTimeOffset?>("from") ?? context.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow(), "from");

    /// <summary>The window's end: <c>to</c> when given, else <paramref name="days"/> after <paramref name="from"/> (any int is safe).</summary>
    public static DateTimeOffset WindowEnd(DateTimeOffset from, DateTimeOffset? to, int days) =>
        to is { } end ? InRange(end, "to") : from.AddDays(Math.Min(days, LongestDays));

    private static DateTimeOffset InRange(DateTimeOffset value, string argument) =>
        value >= _earliest && value < _latest
            ? value
            : throw DirectoryErrors.Error(DirectoryErrors.InvalidArgument, $"`{argument}` must be from {_earliest:yyyy} to {_latest.Year - 1}.");

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
        catch (Exception failure) when (failure is not OperationCanceledException and not ExecutionError)
        {
            // Anything else is a defect, but one meeting's: its dates are missing with an error at this field (and
            // the meeting named), while the county page or the list around it answers.
            context.RequestServices!.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MeetingOccurrenceFields))
                .LogError(failure, "Occurrences of meeting {MeetingKey} could not be computed", meeting.Key);
            var error = DirectoryErrors.Error(DirectoryErrors.ScheduleUnavailable, $"The dates of meeting '{meeting.Key}' could not be computed; the meeting itself is unaffected.");
            error.AddLocation(context.FieldAst, context.Document);
            error.Path = context.ResponsePath;
            context.Errors.Add(error);
            return [];
        }
    }

    public static global::GraphQL.DataLoader.IDataLoaderResult<State?> StateOf(IResolveFieldContext context, Meeting meeting) =>
        ConnectionQueries.ById<State>(context, meeting.StateId);
}
