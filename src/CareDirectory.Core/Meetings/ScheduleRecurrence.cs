using CareDirectory.Domain;
using CareDirectory.Rules;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Evaluation;
using NodaTime;
using NodaTime.TimeZones;
using Duration = NodaTime.Duration;

namespace CareDirectory.Meetings;

/// <summary>
/// A valid schedule as wall-clock times in one zone: the single form that occurrence expansion and the calendar feed
/// both start from, so they cannot disagree about what a schedule means.
/// </summary>
public sealed class ScheduleRecurrence
{
    // A rule that stops matching (BYMONTH=2;BYMONTHDAY=30) would make Ical.Net search until year 9999;
    // 5,000 increments is ~13 years of days and still far more than any real gap (Feb 29 is 1,460 days).
    private const int MaxUnmatchedIncrements = 5_000;

    public required string TimeZoneId { get; init; }

    public required DateTimeZone Zone { get; init; }

    /// <summary>DTSTART: the schedule's start, or its earliest one-off date when it has no start.</summary>
    public required LocalDateTime Start { get; init; }

    public RecurrenceRule? Rule { get; init; }

    /// <summary>RDATEs and one-off dates other than <see cref="Start"/>, ascending.</summary>
    public required IReadOnlyList<LocalDateTime> AdditionalStarts { get; init; }

    /// <summary>The first date the schedule names: an RDATE may come before DTSTART.</summary>
    public LocalDateTime Earliest => AdditionalStarts.Count > 0 && AdditionalStarts[0] < Start ? AdditionalStarts[0] : Start;

    public required IReadOnlyList<LocalDateTime> ExceptionStarts { get; init; }

    public Duration? Duration { get; init; }

    /// <summary>Null when the schedule has no times at all ("see the partner's calendar").</summary>
    /// <exception cref="ArgumentException">The schedule or the fallback zone is invalid; schedules are validated when written.</exception>
    public static ScheduleRecurrence? From(MeetingSchedule schedule, string fallbackTimeZone)
    {
        var errors = MeetingScheduleRules.Validate(schedule);
        if (errors.Count > 0)
        {
            throw new ArgumentException(
                "Invalid meeting schedule: " + string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")), nameof(schedule));
        }

        return FromValid(schedule, fallbackTimeZone);
    }

    /// <summary><see cref="From"/> for a schedule the caller has just validated.</summary>
    public static ScheduleRecurrence? FromValid(MeetingSchedule schedule, string fallbackTimeZone)
    {
        var zoneId = schedule.TimeZone ?? fallbackTimeZone;
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId)
            ?? throw new ArgumentException($"'{zoneId}' is not an IANA time zone id.", nameof(fallbackTimeZone));

        var additional = schedule.AdditionalDates.Select(LocalDateTime.FromDateTime).Distinct().Order().ToList();
        LocalDateTime start;
        if (schedule.StartLocal is { } startLocal)
        {
            start = LocalDateTime.FromDateTime(startLocal);
        }
        else if (additional.Count > 0)
        {
            start = additional[0];
        }
        else
        {
            return null;
        }

        return new ScheduleRecurrence
        {
            TimeZoneId = zoneId,
            Zone = zone,
            Start = start,
            Rule = schedule.RecurrenceRule is { } text ? ParseRule(text, out _) : null,
            AdditionalStarts = additional.Where(d => d != start).ToList(),
            ExceptionStarts = schedule.ExceptionDates.Select(LocalDateTime.FromDateTime).Distinct().Order().ToList(),
            Duration = schedule.DurationMinutes is { } minutes ? NodaTime.Duration.FromMinutes(minutes) : null,
        };
    }

    /// <summary>Parses an RRULE value; null with the parser's complaint when it is not one.</summary>
    public static RecurrenceRule? ParseRule(string text, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            // Ical.Net reads an empty value as FREQ=YEARLY rather than rejecting it.
            problem = "the value is empty";
            return null;
        }

        try
        {
            return new RecurrenceRule(text.Trim());
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
        {
            problem = ex.Message;
            return null;
        }
    }

    /// <summary>
    /// Occurrence starts as wall-clock times, ascending, from <paramref name="searchStart"/> on, lazily: a rule without
    /// COUNT or UNTIL never ends, so callers stop enumerating. Evaluation is floating (zone-less) on purpose: the rule is
    /// defined on local times, and mapping them to instants is left to NodaTime where DST gaps and overlaps are explicit.
    /// </summary>
    public IEnumerable<LocalDateTime> StartsFrom(LocalDateTime searchStart)
    {
        var from = searchStart < Earliest ? Earliest : searchStart;
        var options = new EvaluationOptions { MaxUnmatchedIncrementsLimit = MaxUnmatchedIncrements };
        using var occurrences = ToEvent(timeZoneId: null).GetOccurrences(ToCalDateTime(from, null), options).GetEnumerator();
        while (TryMoveNext(occurrences))
        {
            yield return LocalDateTime.FromDateTime(occurrences.Current.Period.StartTime.Value);
        }
    }

    /// <summary>Maps a wall-clock time to an instant: a time in the spring gap moves forward by the gap, a time in the autumn overlap takes the earlier (daylight) offset.</summary>
    public ZonedDateTime Resolve(LocalDateTime local) => Zone.ResolveLocal(local, Resolvers.LenientResolver);

    /// <summary>A VEVENT carrying the schedule unexpanded; <paramref name="timeZoneId"/> null makes it floating.</summary>
    public CalendarEvent ToEvent(string? timeZoneId)
    {
        var calendarEvent = new CalendarEvent { DtStart = ToCalDateTime(Start, timeZoneId) };
        if (Duration is { } duration && timeZoneId is not null)
        {
            calendarEvent.DtEnd = ToCalDateTime(Resolve(Start).Plus(duration).LocalDateTime, timeZoneId);
        }

        if (Rule is not null)
        {
            calendarEvent.RecurrenceRule = RuleFor(floating: timeZoneId is null);
        }

        calendarEvent.RecurrenceDates.AddRange(AdditionalStarts.Select(d => ToCalDateTime(d, timeZoneId)));
        calendarEvent.ExceptionDates.AddRange(ExceptionStarts.Select(d => ToCalDateTime(d, timeZoneId)));
        return calendarEvent;
    }

    private static bool TryMoveNext(IEnumerator<Occurrence> occurrences)
    {
        try
        {
            return occurrences.MoveNext();
        }
        catch (EvaluationException)
        {
            // The rule stopped matching (MaxUnmatchedIncrements) or ran into year 9999: there is nothing more to show.
            return false;
        }
    }

    /// <summary>
    /// RFC 5545 wants UNTIL floating next to a floating DTSTART and in UTC next to a DTSTART with TZID; people write
    /// either (or a bare date), so UNTIL is first read as a wall-clock time in the meeting's zone, then written as needed.
    /// </summary>
    private RecurrenceRule RuleFor(bool floating)
    {
        var rule = new RecurrenceRule();
        rule.CopyFrom(Rule!);
        if (rule.Until is not { } until)
        {
            return rule;
        }

        var localUntil = until switch
        {
            { IsUtc: true } => Instant.FromDateTimeUtc(DateTime.SpecifyKind(until.Value, DateTimeKind.Utc)).InZone(Zone).LocalDateTime,
            { HasTime: true } => LocalDateTime.FromDateTime(until.Value),
            _ => LocalDate.FromDateOnly(until.Date).At(new LocalTime(23, 59, 59)),
        };
        rule.Until = floating
            ? ToCalDateTime(localUntil, null)
            : new CalDateTime(Resolve(localUntil).ToDateTimeUtc(), CalDateTime.UtcTzId);
        return rule;
    }

    private static CalDateTime ToCalDateTime(LocalDateTime local, string? timeZoneId) =>
        new(local.ToDateTimeUnspecified(), timeZoneId);
}
