using CareDirectory.Domain;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Meetings;

/// <summary>When a meeting happens.</summary>
public sealed class MeetingScheduleType : ObjectGraphType<MeetingSchedule>
{
    public MeetingScheduleType()
    {
        Name = "MeetingSchedule";
        Description = "When a meeting happens: an RFC 5545 recurrence in an IANA time zone, one-off dates, or only a pointer to the organiser's own calendar.";
        Field<StringGraphType>("text").Description("Human-readable schedule (the source's words, else generated from the rule), e.g. \"Second Tuesday of every month, 6:00–7:30 pm\".").Resolve(c => CareDirectory.Meetings.MeetingScheduleText.Describe(c.Source));
        Field<StringGraphType>("recurrenceRule").Description("RFC 5545 RRULE, e.g. FREQ=MONTHLY;BYDAY=2TU.").Resolve(c => c.Source.RecurrenceRule);
        Field<StringGraphType>("startLocal").Description("First occurrence's local start time (no offset), ISO-8601.").Resolve(c => c.Source.StartLocal?.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
        Field<IntGraphType>("durationMinutes").Description("Length of each occurrence.").Resolve(c => c.Source.DurationMinutes);
        Field<StringGraphType>("timeZone").Description("IANA time zone; null means the state's.").Resolve(c => c.Source.TimeZone);
        Field<StringGraphType>("publishedScheduleUrl").Description("Where the organiser publishes its own schedule.").Resolve(c => c.Source.PublishedScheduleUrl);
        Field<NonNullGraphType<BooleanGraphType>>("hasTimes").Description("False when the source publishes no times (see the organiser's calendar).").Resolve(c => c.Source.StartLocal is not null || c.Source.AdditionalDates.Count > 0);
    }
}
