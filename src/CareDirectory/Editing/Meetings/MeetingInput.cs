using CareDirectory.Domain;

namespace CareDirectory.Editing.Meetings;

/// <summary>createMeeting / updateMeeting / archiveMeeting input; on update, null fields stay as they are.</summary>
public sealed class MeetingInput : RecordInput
{
    /// <summary>USPS state code; create only.</summary>
    public string? State { get; set; }

    /// <summary>County FIPS code; none for a statewide meeting.</summary>
    public string? County { get; set; }

    /// <summary>Global id of the organising partner.</summary>
    public string? Organizer { get; set; }

    public string? Title { get; set; }

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
