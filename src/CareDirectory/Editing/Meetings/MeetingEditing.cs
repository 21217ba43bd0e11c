using CareDirectory.Domain;
using CareDirectory.Rules;
using FluentValidation;

namespace CareDirectory.Editing.Meetings;

/// <summary>Meetings sit in a county (or statewide) and may name an organising partner, which must be in scope too.</summary>
public sealed class MeetingEditing : RecordEditing<Meeting, MeetingInput>
{
    public static readonly MeetingEditing Instance = new();

    private static readonly MeetingInputValidator _create = new(create: true);
    private static readonly MeetingInputValidator _update = new(create: false);

    public override string TypeName => "Meeting";

    public override IValidator<MeetingInput> Validator(bool create) => create ? _create : _update;

    public override IReadOnlyList<RuleViolation> Check(Meeting record) => RecordRules.Check(record);

    public override async Task<Meeting> CreateAsync(EditSession session, MeetingInput input)
    {
        var state = await session.StateAsync(input.State!, "state");
        var county = input.County is { } fips ? await session.CountyAsync(fips, state.Id, "county") : null;
        var meeting = new Meeting
        {
            Key = await session.NewKeyAsync<Meeting>(county?.Key ?? state.Key, input.Title!),
            Title = input.Title!.Trim(),
            StateId = state.Id,
            CountyId = county?.Id,
            Provenance = new Provenance { Source = session.Editor.Source, LastVerified = DateOnly.FromDateTime(session.Now.UtcDateTime) },
        };
        Apply(meeting, input);
        return meeting;
    }

    public override async Task UpdateAsync(EditSession session, Meeting record, MeetingInput input)
    {
        if (input.County is { } fips)
        {
            record.CountyId = (await session.CountyAsync(fips, record.StateId, "county")).Id;
        }

        Apply(record, input);
    }

    public override Task AuthorizeAsync(EditSession session, Meeting record, bool asFound) =>
        session.AuthorizePlacedAsync(record.StateId, record.CountyId, record.OrganizerId, asFound, "organizer");

    public override Meeting Preview(MeetingInput input)
    {
        var meeting = new Meeting { Key = string.Empty, Title = string.Empty, Provenance = EditSession.PreviewProvenance };
        CopyFields(meeting, input);
        return meeting;
    }

    private static void Apply(Meeting meeting, MeetingInput input)
    {
        meeting.OrganizerId = input.Organizer is { } organizer ? EditSession.PartnerId(organizer, "organizer") : meeting.OrganizerId;
        CopyFields(meeting, input);
    }

    /// <summary>The fields an input sets directly (null leaves a field as it is).</summary>
    private static void CopyFields(Meeting meeting, MeetingInput input)
    {
        meeting.Title = input.Title?.Trim() ?? meeting.Title;
        meeting.Description = input.Description ?? meeting.Description;
        meeting.Kind = input.Kind ?? meeting.Kind;
        meeting.Audiences = input.Audiences ?? meeting.Audiences;
        meeting.Schedule = input.Schedule?.ToSchedule() ?? meeting.Schedule;
        meeting.AttendanceMode = input.AttendanceMode ?? meeting.AttendanceMode;
        meeting.JoinUrl = input.JoinUrl ?? meeting.JoinUrl;
        meeting.RegistrationUrl = input.RegistrationUrl ?? meeting.RegistrationUrl;
        meeting.RecordingUrl = input.RecordingUrl ?? meeting.RecordingUrl;
        meeting.Language = input.Language ?? meeting.Language;
        meeting.AccessibilityNotes = input.AccessibilityNotes ?? meeting.AccessibilityNotes;
    }
}
