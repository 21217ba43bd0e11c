using System.Globalization;
using CareDirectory.Domain;

namespace CareDirectory.Editing.Meetings;

/// <summary>A meeting's schedule as an editor gives it; replaces the schedule as a whole.</summary>
public sealed class MeetingScheduleInput
{
    public string? Text { get; set; }

    /// <summary>Local start of the first occurrence, ISO 8601 without offset: 2026-01-13T18:00.</summary>
    public string? StartLocal { get; set; }

    public int? DurationMinutes { get; set; }

    public string? RecurrenceRule { get; set; }

    public string? TimeZone { get; set; }

    public string? PublishedScheduleUrl { get; set; }

    public static bool TryParseLocal(string? text, out DateTime? value)
    {
        value = null;
        if (text is null)
        {
            return true;
        }

        var parsed = DateTime.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local);
        value = parsed ? local : null;
        return parsed;
    }

    public MeetingSchedule ToSchedule() => new()
    {
        Text = Text,
        StartLocal = TryParseLocal(StartLocal, out var start) ? start : null,
        DurationMinutes = DurationMinutes,
        RecurrenceRule = RecurrenceRule,
        TimeZone = TimeZone,
        PublishedScheduleUrl = PublishedScheduleUrl,
    };
}
