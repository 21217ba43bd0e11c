using CareDirectory.Editing.Meetings;
using CareDirectory.GraphQL.Common;
using CareDirectory.GraphQL.Editing;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Meetings;

/// <summary><c>createMeeting</c>, <c>updateMeeting</c>, <c>archiveMeeting</c>.</summary>
public static class MeetingMutations
{
    public static void AddTo(ObjectGraphType mutation) =>
        RecordMutations.Add<Domain.Meeting, MeetingInput, CreateMeetingInputType, UpdateMeetingInputType, MeetingType>(mutation, MeetingEditing.Instance, "meeting");

    internal static void AddFields(InputObjectGraphType<MeetingInput> type, bool create)
    {
        if (create)
        {
            type.Field<NonNullGraphType<StringGraphType>>("state").Description("USPS code of the meeting's state.");
            type.Field<NonNullGraphType<StringGraphType>>("title").Description("Title (at most 300 characters).");
        }
        else
        {
            type.Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the meeting.");
            type.Field<NonNullGraphType<IntGraphType>>("version").Description("The version you read; a stale one gives CONFLICT.");
            type.Field<StringGraphType>("title").Description("Title (at most 300 characters).");
        }

        type.Field<StringGraphType>("county").Description("FIPS code of the meeting's county; leave out for a statewide meeting. Must be inside your key's scope.");
        type.Field<IdGraphType>("organizer").Description("Global id of the organising partner; your key must cover it.");
        type.Field<StringGraphType>("description").Description("What the meeting is (at most 4000 characters).");
        type.Field<MeetingKindType>("kind").Description("Support group, council, subcommittee, town hall or training.");
        type.Field<ListGraphType<NonNullGraphType<AudienceType>>>("audiences").Description("Who it is for (replaces the list).");
        type.Field<MeetingScheduleInputType>("schedule").Description("When it happens (replaces the whole schedule; validated like the feeds expand it).");
        type.Field<AttendanceModeType>("attendanceMode").Description("In person, virtual or hybrid.");
        type.Field<StringGraphType>("joinUrl").Description("Absolute http(s) URL to join online.");
        type.Field<StringGraphType>("registrationUrl").Description("Absolute http(s) URL to register.");
        type.Field<StringGraphType>("recordingUrl").Description("Absolute http(s) URL where recordings are posted.");
        type.Field<StringGraphType>("language").Description("BCP 47 language tag, e.g. en.");
        type.Field<StringGraphType>("accessibilityNotes").Description("Accessibility information.");
    }
}

/// <summary><c>CreateMeetingInput</c>.</summary>
public sealed class CreateMeetingInputType : InputObjectGraphType<MeetingInput>
{
    public CreateMeetingInputType()
    {
        Description = "A new meeting.";
        MeetingMutations.AddFields(this, create: true);
    }
}

/// <summary><c>UpdateMeetingInput</c>.</summary>
public sealed class UpdateMeetingInputType : InputObjectGraphType<MeetingInput>
{
    public UpdateMeetingInputType()
    {
        Description = "Changes to a meeting; fields left out keep their value.";
        MeetingMutations.AddFields(this, create: false);
    }
}

/// <summary><c>MeetingScheduleInput</c>.</summary>
public sealed class MeetingScheduleInputType : InputObjectGraphType<MeetingScheduleInput>
{
    public MeetingScheduleInputType()
    {
        Name = "MeetingScheduleInput";
        Description = "When a meeting happens: a recurrence from a local start, or just text and a link to the organiser's calendar.";
        Field<StringGraphType>("text").Description("Human-readable schedule.");
        Field<StringGraphType>("startLocal").Description("First occurrence's local start, ISO 8601 without offset: 2026-01-13T18:00.");
        Field<IntGraphType>("durationMinutes").Description("Length of each occurrence in minutes.");
        Field<StringGraphType>("recurrenceRule").Description("RFC 5545 RRULE value, e.g. FREQ=MONTHLY;BYDAY=2TU.");
        Field<StringGraphType>("timeZone").Description("IANA time zone; leave out for the state's.");
        Field<StringGraphType>("publishedScheduleUrl").Description("Where the organiser publishes its own schedule.");
    }
}
