using CareDirectory.Domain;

namespace CareDirectory.Editing.Meetings;

/// <summary>createMeeting / updateMeeting / archiveMeeting input; on update, null fields stay as they are.</summary>
public sealed class MeetingInput : PlacedRecordInput
{
    /// <summary>Global id of the organising partner.</summary>
    public string? Organizer { get; set; }

    public override string? ResponsiblePartner => Organizer;

    public string? Description { get; set; }

    public MeetingKind? Kind { get; set; }

    public List<Audience>? Audiences { get; set; }

    public MeetingScheduleInput? Schedule { get; set; }

    public AttendanceMode? AttendanceMode { get; set; }

    public string? JoinUrl { get; set; }

    public string? RegistrationUrl { get; set; }

    public string? RecordingUrl { get; set; }

    public string? Language { get; set; }

    public string? AccessibilityNotes { get; set; }
}
