namespace CareDirectory.Domain;

/// <summary>
/// When a meeting happens. Either a recurrence (RFC 5545 RRULE from a local start time in <see cref="TimeZone"/>),
/// one-off dates, or nothing but a pointer to the organiser's own calendar (our sources publish no times).
/// </summary>
public sealed record MeetingSchedule
{
    /// <summary>Human-readable text ("Second Tuesday monthly, 6–7:30 pm" or "Periodic; see the partner's calendar").</summary>
    public string? Text { get; init; }

    /// <summary>First occurrence's local start (no offset), e.g. 2026-01-13T18:00.</summary>
    public DateTime? StartLocal { get; init; }

    public int? DurationMinutes { get; init; }

    /// <summary>RFC 5545 RRULE value without the "RRULE:" prefix.</summary>
    public string? RecurrenceRule { get; init; }

    /// <summary>Excluded local start times (EXDATE), e.g. cancelled occurrences.</summary>
    public List<DateTime> ExceptionDates { get; init; } = [];

    /// <summary>Extra local start times (RDATE) and one-off dates.</summary>
    public List<DateTime> AdditionalDates { get; init; } = [];

    /// <summary>IANA time zone; null means the state's.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Where the organiser publishes its own schedule, when we have no times.</summary>
    public string? PublishedScheduleUrl { get; init; }
}
