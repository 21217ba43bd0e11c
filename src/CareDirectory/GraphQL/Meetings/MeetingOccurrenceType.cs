using CareDirectory.GraphQL.Common;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Meetings;

/// <summary>A dated occurrence of a recurring meeting.</summary>
public sealed class MeetingOccurrenceType : ObjectGraphType<UpcomingOccurrence>
{
    public MeetingOccurrenceType()
    {
        Name = "MeetingOccurrence";
        Description = "One occurrence of a meeting, computed from its RFC 5545 schedule in the meeting's time zone (DST-correct).";
        Field<NonNullGraphType<DateTimeType>>("start").Description("Start, ISO-8601 with the local UTC offset.").Resolve(c => c.Source.Start);
        Field<DateTimeType>("end").Description("End, when the schedule has a duration.").Resolve(c => c.Source.End);
        Field<NonNullGraphType<MeetingType>>("meeting").Description("The meeting.").Resolve(c => c.Source.Meeting);
    }
}
