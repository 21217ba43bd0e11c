using CareDirectory.Domain;

namespace CareDirectory.Editing.Meetings;

/// <summary>Meetings sit in a county (or statewide) and may name an organising partner.</summary>
public sealed class MeetingEditing() : PlacedRecordEditing<Meeting, MeetingInput>("Meeting", create => new MeetingInputValidator(create), "organizer")
{
    public static readonly MeetingEditing Instance = new();

    protected override Meeting New(string key, string name, Provenance provenance) => new() { Key = key, Title = name, Provenance = provenance };

    protected override void CopyFields(Meeting meeting, MeetingInput input)
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
