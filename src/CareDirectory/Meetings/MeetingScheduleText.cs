using System.Globalization;
using CareDirectory.Domain;
using Ical.Net;
using Ical.Net.DataTypes;

namespace CareDirectory.Meetings;

/// <summary>Human-readable schedules for schedules without <see cref="MeetingSchedule.Text"/>: "Second Tuesday of every month, 6:00–7:30 pm".</summary>
public static class MeetingScheduleText
{
    public const string SeePartnerCalendar = "See the partner's calendar";

    private static readonly CultureInfo _english = CultureInfo.InvariantCulture;

    /// <summary>The schedule's own text when it has one, otherwise <see cref="Generate"/>.</summary>
    public static string? Describe(MeetingSchedule schedule) => schedule.Text ?? Generate(schedule);

    /// <summary>Text generated from the rule and dates; null for a schedule with nothing to say.</summary>
    public static string? Generate(MeetingSchedule schedule)
    {
        if (schedule.RecurrenceRule is { } text && schedule.StartLocal is { } start
            && ScheduleRecurrence.ParseRule(text, out _) is { } rule)
        {
            List<string> parts = [Capitalise(DescribeRule(rule, start)), TimeRange(start, schedule.DurationMinutes)];
            if (rule.Count is { } count)
            {
                parts.Add(count == 1 ? "once" : $"{count} times");
            }

            if (rule.Until is { } until)
            {
                parts.Add($"until {until.Date.ToString("MMMM d, yyyy", _english)}");
            }

            if (schedule.ExceptionDates.Count > 0)
            {
                parts.Add("except " + Dates(schedule.ExceptionDates));
            }

            if (schedule.AdditionalDates.Count > 0)
            {
                parts.Add("also " + Dates(schedule.AdditionalDates));
            }

            return string.Join(", ", parts);
        }

        var oneOffs = schedule.AdditionalDates.Concat(schedule.StartLocal is { } single ? [single] : []).Distinct().Order().ToList();
        if (oneOffs.Count > 0)
        {
            return string.Join("; ", oneOffs.Select(d =>
                $"{d.ToString("dddd, MMMM d, yyyy", _english)}, {TimeRange(d, schedule.DurationMinutes)}"));
        }

        return schedule.PublishedScheduleUrl is null ? null : SeePartnerCalendar;
    }

    private static string DescribeRule(RecurrenceRule rule, DateTime start)
    {
        var interval = rule.Interval;
        switch (rule.Frequency)
        {
            case FrequencyType.Daily:
                return Every(interval, "day", "days");

            case FrequencyType.Weekly:
                var days = rule.ByDay.Count > 0 ? rule.ByDay.Select(d => d.DayOfWeek).ToList() : [start.DayOfWeek];
                var dayList = JoinAnd(days.Select(d => d.ToString()));
                return interval switch
                {
                    1 => $"every {dayList}",
                    2 => $"every other {dayList}",
                    _ => $"every {interval} weeks on {dayList}",
                };

            case FrequencyType.Monthly:
                return $"{DaysOfMonth(rule, start)} of {Every(interval, "month", "months")}";

            case FrequencyType.Yearly:
                var months = rule.ByMonth.Count > 0 ? rule.ByMonth : [start.Month];
                var monthNames = JoinAnd(months.Select(m => _english.DateTimeFormat.GetMonthName(m)));
                var inYear = rule.ByDay.Count > 0 || rule.ByMonthDay.Count > 0
                    ? $"the {DaysOfMonth(rule, start)} of {monthNames}"
                    : $"{monthNames} {start.Day}";
                return $"{Every(interval, "year", "years")} on {inYear}";

            default:
                return $"every {interval} {rule.Frequency.ToString().ToLowerInvariant()}";
        }
    }

    /// <summary>"second Tuesday", "first and third Monday", "day 15", "last day".</summary>
    private static string DaysOfMonth(RecurrenceRule rule, DateTime start)
    {
        if (rule.ByDay.Count > 0)
        {
            // BYDAY=TU;BYSETPOS=2 means the same as BYDAY=2TU.
            var positions = rule.ByDay.All(d => d.Offset is null) && rule.BySetPosition.Count > 0
                ? rule.BySetPosition.Cast<int?>().ToList()
                : rule.ByDay.Select(d => d.Offset).Distinct().ToList();
            var dayNames = JoinAnd(rule.ByDay.Select(d => d.DayOfWeek.ToString()).Distinct());
            return positions.All(p => p is null)
                ? $"every {dayNames}"
                : $"{JoinAnd(positions.Select(p => Ordinal(p ?? 1)))} {dayNames}";
        }

        var monthDays = rule.ByMonthDay.Count > 0 ? rule.ByMonthDay : [start.Day];
        if (monthDays is [-1])
        {
            return "last day";
        }

        return (monthDays.Count == 1 ? "day " : "days ") + JoinAnd(monthDays.Select(d => d.ToString(_english)));
    }

    private static string Every(int interval, string unit, string units) => interval switch
    {
        1 => $"every {unit}",
        2 => $"every other {unit}",
        _ => $"every {interval} {units}",
    };

    private static string Ordinal(int position) => position switch
    {
        1 => "first",
        2 => "second",
        3 => "third",
        4 => "fourth",
        5 => "fifth",
        -1 => "last",
        -2 => "second-to-last",
        _ => $"{position}th",
    };

    /// <summary>"6:00–7:30 pm", "11:00 am–1:00 pm" or, without a duration, "6:00 pm".</summary>
    private static string TimeRange(DateTime start, int? durationMinutes)
    {
        if (durationMinutes is not { } minutes)
        {
            return Time(start, withMeridiem: true);
        }

        var end = start.AddMinutes(minutes);
        var sameMeridiem = start.Date == end.Date && start.Hour < 12 == end.Hour < 12;
        return $"{Time(start, withMeridiem: !sameMeridiem)}–{Time(end, withMeridiem: true)}";
    }

    private static string Time(DateTime value, bool withMeridiem) =>
        value.ToString("h:mm", _english) + (withMeridiem ? (value.Hour < 12 ? " am" : " pm") : "");

    private static string Dates(IEnumerable<DateTime> dates) =>
        JoinAnd(dates.Order().Select(d => d.ToString("MMMM d, yyyy", _english)));

    private static string JoinAnd(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list.SkipLast(1))} and {list[^1]}";
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
