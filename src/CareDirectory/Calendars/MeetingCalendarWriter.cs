using CareDirectory.Domain;
using CareDirectory.Meetings;
using CareDirectory.Rules;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;

namespace CareDirectory.Calendars;

/// <summary>
/// Writes meetings as an RFC 5545 calendar that Google, Outlook and Apple Calendar can subscribe to: recurrence kept as
/// RRULE/RDATE/EXDATE (not expanded), local times with TZID plus one VTIMEZONE per zone, and UIDs that never change.
/// </summary>
public static class MeetingCalendarWriter
{
    public const string ProductId = "-//CareDirectory//Meetings//EN";

    public const string ContentType = "text/calendar; charset=utf-8";

    /// <summary>
    /// The calendar text, lines ending in CRLF. Meetings without times are left out: they have no occurrence. So are
    /// meetings whose stored schedule is invalid (schedules are validated when written), each passed to
    /// <paramref name="invalidSchedule"/>: one bad record must not take the whole feed down.
    /// </summary>
    /// <param name="calendarName">Shown by clients as the calendar's name (X-WR-CALNAME).</param>
    /// <param name="fallbackTimeZone">The zone of meetings whose schedule names none (a feed covers one state).</param>
    public static string Write(
        string calendarName,
        IEnumerable<Meeting> meetings,
        string fallbackTimeZone,
        Action<Meeting, IReadOnlyList<RuleViolation>>? invalidSchedule = null)
    {
        var calendar = new Calendar { ProductId = ProductId, Method = CalendarMethods.Publish };
        calendar.AddProperty("X-WR-CALNAME", calendarName);

        var events = new List<CalendarEvent>();
        var earliestByZone = new SortedDictionary<string, LocalDateTime>(StringComparer.Ordinal);
        foreach (var meeting in meetings.OrderBy(m => m.Title, StringComparer.Ordinal).ThenBy(m => m.Id))
        {
            var errors = MeetingScheduleRules.Validate(meeting.Schedule);
            if (errors.Count > 0)
            {
                invalidSchedule?.Invoke(meeting, errors);
                continue;
            }

            if (ScheduleRecurrence.FromValid(meeting.Schedule, fallbackTimeZone) is not { } recurrence)
            {
                continue;
            }

            events.Add(ToEvent(meeting, recurrence));
            if (!earliestByZone.TryGetValue(recurrence.TimeZoneId, out var known) || recurrence.Earliest < known)
            {
                earliestByZone[recurrence.TimeZoneId] = recurrence.Earliest;
            }
        }

        // Time zones first: some clients resolve TZIDs in document order.
        foreach (var (zoneId, earliest) in earliestByZone)
        {
            calendar.AddTimeZone(VTimeZone.FromDateTimeZone(zoneId, earliest.ToDateTimeUnspecified(), includeHistoricalData: false));
        }

        foreach (var calendarEvent in events)
        {
            calendar.Events.Add(calendarEvent);
        }

        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    /// <summary>The UID a meeting keeps in every feed and every render, so subscribers update rather than duplicate it.</summary>
    public static string Uid(Meeting meeting) => $"{meeting.Id:D}@caredirectory";

    private static CalendarEvent ToEvent(Meeting meeting, ScheduleRecurrence recurrence)
    {
        var calendarEvent = recurrence.ToEvent(recurrence.TimeZoneId);
        calendarEvent.Uid = Uid(meeting);
        calendarEvent.Summary = meeting.Title;
        calendarEvent.Description = Description(meeting);
        calendarEvent.Location = Location(meeting.Location) ?? meeting.JoinUrl;
        if (Uri.TryCreate(meeting.JoinUrl, UriKind.Absolute, out var joinUrl))
        {
            calendarEvent.Url = joinUrl;
        }

        // DTSTAMP follows the record rather than the clock, so an unchanged meeting renders byte-for-byte the same.
        var modified = new CalDateTime(meeting.LastModified.UtcDateTime, CalDateTime.UtcTzId);
        calendarEvent.LastModified = modified;
        calendarEvent.DtStamp = modified;
        return calendarEvent;
    }

    private static string? Description(Meeting meeting)
    {
        string?[] lines =
        [
            meeting.Description,
            meeting.JoinUrl is null ? null : $"Join: {meeting.JoinUrl}",
            meeting.RegistrationUrl is null ? null : $"Register: {meeting.RegistrationUrl}",
            meeting.AccessibilityNotes is null ? null : $"Accessibility: {meeting.AccessibilityNotes}",
            meeting.RecordingUrl is null ? null : $"Recordings: {meeting.RecordingUrl}",
        ];
        var text = string.Join("\n", lines.Where(line => !string.IsNullOrWhiteSpace(line)));
        return text.Length == 0 ? null : text;
    }

    private static string? Location(PostalLocation? location)
    {
        if (location is null)
        {
            return null;
        }

        string?[] parts = [location.Name, location.Address1, location.City, $"{location.Region} {location.PostalCode}".Trim()];
        var text = string.Join(", ", parts.Where(part => !string.IsNullOrWhiteSpace(part)));
        return text.Length == 0 ? null : text;
    }
}
