using CareDirectory.Domain;
using CareDirectory.Meetings;
using Ical.Net;
using NodaTime;

namespace CareDirectory.Rules;

/// <summary>
/// The schedule rules of a meeting (time zone, RRULE and its limits, dates, duration, link), part of
/// <see cref="RecordRules"/>; the meetings module expands only schedules that pass them. An empty schedule (only text or a link to the
/// partner's own calendar) is valid: our sources often publish no times.
/// </summary>
public static class MeetingScheduleRules
{
    /// <summary>Largest COUNT accepted: decades of weekly meetings, yet small enough to expand quickly.</summary>
    public const int MaxCount = 10_000;

    public const int MaxDurationMinutes = 24 * 60;

    /// <summary>
    /// Largest INTERVAL accepted: every 1,000 days, weeks or months is already beyond any published meeting, and keeps
    /// the expander's date arithmetic far from overflow (INTERVAL=2147483647 made every page of the meeting's county fail).
    /// </summary>
    public const int MaxInterval = 1000;

    // Dates outside this range are typos (0206 for 2026), and keep recurrence expansion far from DateTime's limits.
    /// <summary>The first day a meeting may be dated; an occurrence window may not start before it either.</summary>
    public static DateTime Earliest { get; } = new(1900, 1, 1);

    /// <summary>The day after the last a meeting may be dated; an occurrence window may not end at or after it.</summary>
    public static DateTime Latest { get; } = new(2200, 1, 1);

    /// <summary>Every problem found, each naming its field under <paramref name="path"/> (e.g. <c>schedule.timeZone</c>); empty when valid.</summary>
    public static IReadOnlyList<RuleViolation> Validate(MeetingSchedule schedule, string path = "schedule")
    {
        var errors = new List<RuleViolation>();
        void Add(string field, string code, string message) => errors.Add(new($"{path}.{field}", code, message));

        if (schedule.TimeZone is { } zone && DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is null)
        {
            Add("timeZone", RuleCodes.InvalidTimeZone,
                $"'{zone}' is not an IANA time zone id such as America/New_York.");
        }

        if (schedule.RecurrenceRule is { } text)
        {
            var rule = ScheduleRecurrence.ParseRule(text, out var problem);
            if (rule is null)
            {
                Add("recurrenceRule", RuleCodes.InvalidRecurrenceRule,
                    $"'{text}' is not an RFC 5545 RRULE value ({problem}); expected e.g. FREQ=MONTHLY;BYDAY=2TU.");
            }
            else
            {
                if (rule.Frequency < FrequencyType.Daily)
                {
                    Add("recurrenceRule", RuleCodes.UnsupportedFrequency,
                        $"FREQ={rule.Frequency.ToString().ToUpperInvariant()} is not accepted: meetings repeat at most daily.");
                }

                if (rule.Interval is < 1 or > MaxInterval)
                {
                    Add("recurrenceRule", RuleCodes.IntervalOutOfRange,
                        $"INTERVAL must be between 1 and {MaxInterval}.");
                }

                if (rule.Count is < 1 or > MaxCount)
                {
                    Add("recurrenceRule", RuleCodes.CountOutOfRange,
                        $"COUNT must be between 1 and {MaxCount}.");
                }
            }

            if (schedule.StartLocal is null)
            {
                Add("startLocal", RuleCodes.StartRequired,
                    "A recurrence rule needs the local start of the first meeting.");
            }
        }

        CheckDate("startLocal", schedule.StartLocal);
        for (var i = 0; i < schedule.AdditionalDates.Count; i++)
        {
            CheckDate($"additionalDates[{i}]", schedule.AdditionalDates[i]);
        }

        for (var i = 0; i < schedule.ExceptionDates.Count; i++)
        {
            CheckDate($"exceptionDates[{i}]", schedule.ExceptionDates[i]);
        }

        if (schedule.DurationMinutes is < 1 or > MaxDurationMinutes)
        {
            Add("durationMinutes", RuleCodes.InvalidDuration,
                $"Duration must be between 1 and {MaxDurationMinutes} minutes.");
        }

        if (schedule.PublishedScheduleUrl is { } url
            && !RuleCheck.IsHttpUrl(url))
        {
            Add("publishedScheduleUrl", RuleCodes.InvalidUrl, $"'{url}' is not an absolute http(s) URL.");
        }

        return errors;

        void CheckDate(string field, DateTime? value)
        {
            if (value is { } date && (date < Earliest || date >= Latest))
            {
                Add(field, RuleCodes.DateOutOfRange,
                    $"{date:yyyy-MM-dd} is outside {Earliest:yyyy}–{Latest.Year - 1}.");
            }
        }
    }
}
