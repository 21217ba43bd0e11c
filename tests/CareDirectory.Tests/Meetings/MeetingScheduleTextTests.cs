using CareDirectory.Domain;
using CareDirectory.Meetings;

namespace CareDirectory.Tests.Meetings;

public sealed class MeetingScheduleTextTests
{
    // Tuesday 13 January 2026, 6 pm.
    private static readonly DateTime _start = new(2026, 1, 13, 18, 0, 0);

    [Theory]
    [InlineData("FREQ=MONTHLY;BYDAY=2TU", 90, "Second Tuesday of every month, 6:00–7:30 pm")]
    [InlineData("FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2", 90, "Second Tuesday of every month, 6:00–7:30 pm")]
    [InlineData("FREQ=MONTHLY;BYDAY=1TU,3TU", 60, "First and third Tuesday of every month, 6:00–7:00 pm")]
    [InlineData("FREQ=MONTHLY;INTERVAL=2;BYDAY=-1FR", 60, "Last Friday of every other month, 6:00–7:00 pm")]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=15;COUNT=6", 60, "Day 15 of every month, 6:00–7:00 pm, 6 times")]
    [InlineData("FREQ=MONTHLY", null, "Day 13 of every month, 6:00 pm")]
    [InlineData("FREQ=WEEKLY", 120, "Every Tuesday, 6:00–8:00 pm")]
    [InlineData("FREQ=WEEKLY;INTERVAL=2", null, "Every other Tuesday, 6:00 pm")]
    [InlineData("FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,WE,FR", 30, "Every 3 weeks on Monday, Wednesday and Friday, 6:00–6:30 pm")]
    [InlineData("FREQ=DAILY;UNTIL=20260131", 15, "Every day, 6:00–6:15 pm, until January 31, 2026")]
    [InlineData("FREQ=YEARLY", 60, "Every year on January 13, 6:00–7:00 pm")]
    [InlineData("FREQ=YEARLY;BYMONTH=3;BYDAY=2TU", 60, "Every year on the second Tuesday of March, 6:00–7:00 pm")]
    [InlineData("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1", null, "Every year on the last day of February, 6:00 pm")]
    [InlineData("FREQ=MONTHLY;BYDAY=1MO,3WE", 60, "First Monday and third Wednesday of every month, 6:00–7:00 pm")]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=1,-1", null, "Day 1 and last day of every month, 6:00 pm")]
    [InlineData("FREQ=MONTHLY;BYDAY=2TU;BYMONTH=9,10,11,12,1,2,3,4,5,6", 90,
        "Second Tuesday of every month in January, February, March, April, May, June, September, October, November and December, 6:00–7:30 pm")]
    [InlineData("FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR", 30, "Every weekday, 6:00–6:30 pm")]
    [InlineData("FREQ=WEEKLY;BYDAY=FR,MO", 30, "Every Monday and Friday, 6:00–6:30 pm")]
    [InlineData("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", 60, "Every month, on a custom pattern, 6:00–7:00 pm")]
    [InlineData("FREQ=WEEKLY;BYHOUR=9,18", null, "Every week, on a custom pattern")]
    public void RuleIsDescribedInWords(string rule, int? minutes, string expected) =>
        Assert.Equal(expected, MeetingScheduleText.Generate(new MeetingSchedule { RecurrenceRule = rule, StartLocal = _start, DurationMinutes = minutes }));

    [Fact]
    public void MorningToAfternoonShowsBothMeridiems() =>
        Assert.Equal(
            "Every Tuesday, 11:00 am–1:00 pm",
            MeetingScheduleText.Generate(new MeetingSchedule { RecurrenceRule = "FREQ=WEEKLY", StartLocal = new DateTime(2026, 1, 13, 11, 0, 0), DurationMinutes = 120 }));

    [Fact]
    public void ExceptionsAndExtraDatesAreMentioned() =>
        Assert.Equal(
            "Second Tuesday of every month, 6:00–7:30 pm, except February 10, 2026, also February 24, 2026",
            MeetingScheduleText.Generate(new MeetingSchedule
            {
                RecurrenceRule = "FREQ=MONTHLY;BYDAY=2TU",
                StartLocal = _start,
                DurationMinutes = 90,
                ExceptionDates = [new DateTime(2026, 2, 10, 18, 0, 0)],
                AdditionalDates = [new DateTime(2026, 2, 24, 18, 0, 0)],
            }));

    [Fact]
    public void OneOffDatesAreListed() =>
        Assert.Equal(
            "Tuesday, January 13, 2026, 6:00–7:30 pm; Wednesday, February 4, 2026, 9:30–11:00 am",
            MeetingScheduleText.Generate(new MeetingSchedule { StartLocal = _start, AdditionalDates = [new DateTime(2026, 2, 4, 9, 30, 0)], DurationMinutes = 90 }));

    [Fact]
    public void ScheduleWithOnlyALinkPointsToThePartnersCalendar()
    {
        Assert.Equal(MeetingScheduleText.SeePartnerCalendar, MeetingScheduleText.Generate(new MeetingSchedule { PublishedScheduleUrl = "https://example.org/events" }));
        Assert.Null(MeetingScheduleText.Generate(new MeetingSchedule()));
    }

    [Fact]
    public void OwnTextWinsOverGeneratedText()
    {
        var schedule = new MeetingSchedule { Text = "2nd Tuesdays at the library", RecurrenceRule = "FREQ=MONTHLY;BYDAY=2TU", StartLocal = _start };

        Assert.Equal("2nd Tuesdays at the library", MeetingScheduleText.Describe(schedule));
        Assert.Equal("Second Tuesday of every month, 6:00 pm", MeetingScheduleText.Describe(schedule with { Text = null }));
    }
}
