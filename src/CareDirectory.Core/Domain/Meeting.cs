namespace CareDirectory.Domain;

/// <summary>A recurring or one-off meeting: a parent support group, a council, an educator town hall.</summary>
public sealed class Meeting : Entity, ICountyRecord
{
    public required string Title { get; set; }

    public string? Description { get; set; }

    public MeetingKind Kind { get; set; }

    public Guid? OrganizerId { get; set; }

    Guid? ICountyRecord.ResponsiblePartnerId { get => OrganizerId; set => OrganizerId = value; }

    public Partner? Organizer { get; set; }

    public Guid StateId { get; set; }

    /// <summary>County for a county meeting; null for a statewide series.</summary>
    public Guid? CountyId { get; set; }

    public County? County { get; set; }

    public List<Audience> Audiences { get; set; } = [];

    public MeetingSchedule Schedule { get; set; } = new();

    public AttendanceMode AttendanceMode { get; set; }

    public PostalLocation? Location { get; set; }

    public string? JoinUrl { get; set; }

    public string? RegistrationUrl { get; set; }

    /// <summary>Where recordings are posted (the PerformCare educators page for NJ town halls).</summary>
    public string? RecordingUrl { get; set; }

    public string Language { get; set; } = "en";

    public string? AccessibilityNotes { get; set; }
}
