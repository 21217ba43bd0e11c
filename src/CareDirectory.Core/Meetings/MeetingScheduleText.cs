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
            List<string> parts = [Capitalise(DescribeRule(rule, start))];
            if (rule.ByHour.Count == 0 && rule.ByMinute.Count == 0)
            {
                // With BYHOUR or BYMINUTE the start's time is only one of several.
                parts.Add(TimeRange(start, schedule.DurationMinutes));
            }

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
        var (unit, units) = rule.Frequency switch
        {
            FrequencyType.Daily => ("day", "days"),
            FrequencyType.Weekly => ("week", "weeks"),
            FrequencyType.Monthly => ("month", "months"),
            _ => ("year", "years"),
        };

        // Rule parts this text does not put into words: say so rather than describe a different schedule.
        var singleWeekday = rule.ByDay.Count > 0 && rule.ByDay.All(d => d.Offset is null) && rule.ByDay.Select(d => d.DayOfWeek).Distinct().Count() == 1;
        if (rule.ByWeekNo.Count > 0 || rule.ByYearDay.Count > 0 || rule.ByHour.Count > 0 || rule.ByMinute.Count > 0 || rule.BySecond.Count > 0
            || (rule.BySetPosition.Count > 0 && !singleWeekday)
            || (rule.Frequency == FrequencyType.Daily && rule.ByDay.Count > 0 && interval > 1))
        {
            return $"{Every(interval, unit, units)}, on a custom pattern";
        }

        var text = rule.Frequency switch
        {
            FrequencyType.Daily when rule.ByDay.Count == 0 => Every(interval, unit, units),
            FrequencyType.Daily or FrequencyType.Weekly => Weekdays(rule.ByDay.Count > 0 ? rule.ByDay.Select(d => d.DayOfWeek) : [start.DayOfWeek], interval),
            FrequencyType.Monthly => $"{DaysOfMonth(rule, start)} of {Every(interval, unit, units)}",
            _ => $"{Every(interval, unit, units)} on {DaysOfYear(rule, start)}",
        };

        // BYMONTH narrows every frequency; a yearly rule has named its months already.
        return rule.ByMonth.Count > 0 && rule.Frequency != FrequencyType.Yearly ? $"{text} in {Months(rule.ByMonth)}" : text;
    }

    /// <summary>"every Tuesday", "every other Monday and Wednesday", "every weekday", "every 3 weeks on Friday".</summary>
    private static string Weekdays(IEnumerable<DayOfWeek> days, int interval)
    {
        var distinct = days.Distinct().OrderBy(d => ((int)d + 6) % 7).ToList();
        var names = distinct is [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday]
            ? "weekday"
            : JoinAnd(distinct.Select(d => d.ToString()));
        return interval switch
        {
            1 => $"every {names}",
            2 => $"every other {names}",
            _ => $"every {interval} weeks on {names}",
        };
    }

    /// <summary>"second Tuesday", "first and third Monday", "first Monday and third Wednesday", "day 15", "last day".</summary>
    private static string DaysOfMonth(RecurrenceRule rule, DateTime start)
    {
        if (rule.ByDay.Count > 0)
        {
            var dayNames = JoinAnd(rule.ByDay.Select(d => d.DayOfWeek.ToString()).Distinct());
            if (rule.BySetPosition.Count > 0)
            {
                // BYDAY=TU;BYSETPOS=2 means the same as BYDAY=2TU.
                return $"{JoinAnd(rule.BySetPosition.Select(Ordinal))} {dayNames}";
            }

            if (rule.ByDay.All(d => d.Offset is null))
            {
                return $"every {dayNames}";
            }

            return rule.ByDay.Select(d => d.DayOfWeek).Distinct().Count() == 1
                ? $"{JoinAnd(rule.ByDay.Select(d => d.Offset is { } offset ? Ordinal(offset) : "every"))} {dayNames}"
                : JoinAnd(rule.ByDay.Select(d => $"{(d.Offset is { } offset ? Ordinal(offset) : "every")} {d.DayOfWeek}"));
        }

        var monthDays = rule.ByMonthDay.Count > 0 ? rule.ByMonthDay : [start.Day];
        return monthDays.All(d => d > 0)
            ? (monthDays.Count == 1 ? "day " : "days ") + JoinAnd(monthDays.Select(d => d.ToString(_english)))
            : JoinAnd(monthDays.Select(d => d > 0 ? $"day {d}" : $"{Ordinal(d)} day"));
    }

    /// <summary>"January 13", "the second Tuesday of March", "the last day of February".</summary>
    private static string DaysOfYear(RecurrenceRule rule, DateTime start)
    {
        var months = Months(rule.ByMonth.Count > 0 ? rule.ByMonth : [start.Month]);
        var monthDays = rule.ByMonthDay.Count > 0 ? rule.ByMonthDay : [start.Day];
        return rule.ByDay.Count == 0 && monthDays.All(d => d > 0)
            ? $"{months} {JoinAnd(monthDays.Select(d => d.ToString(_english)))}"
            : $"the {DaysOfMonth(rule, start)} of {months}";
    }

    private static string Months(IEnumerable<int> months) =>
        JoinAnd(months.Order().Select(m => _english.DateTimeFormat.GetMonthName(m)));

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
